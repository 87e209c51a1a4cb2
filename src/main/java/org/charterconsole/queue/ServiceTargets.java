package org.charterconsole.queue;

/**
 * Where the live state finds each queue's service and targets (the service catalogue).
 * An interface here so the queue feature does not depend on the catalogue's storage.
 */
@FunctionalInterface
public interface ServiceTargets {

    /** Never empty: an unknown queue gets {@link ServiceTarget#standardFor(String)}. */
    ServiceTarget forQueue(String queue);
}
