package org.charterconsole.catalogue;

/** Why a service cannot be saved as given, in words for the administrator. */
public record ServiceProblem(ServiceField field, String message) {
}
