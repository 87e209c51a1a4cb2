package org.charterconsole.pbx;

/**
 * Receives the console's PBX events. Called on the telephony adapter's thread:
 * implementations must only hand the event on (enqueue), never block.
 */
@FunctionalInterface
public interface PbxEventSink {
    void accept(PbxEvent event);
}
