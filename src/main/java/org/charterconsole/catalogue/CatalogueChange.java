package org.charterconsole.catalogue;

import java.util.List;
import java.util.Optional;

/** What became of an add, edit, deactivation or reactivation of a service. */
public sealed interface CatalogueChange {

    /** Stored, audited, and the live state now measures against it. */
    record Saved(Service service) implements CatalogueChange {
    }

    /** The values given were the values stored: nothing was written or audited. */
    record Unchanged(Service service) implements CatalogueChange {
    }

    /** Nothing was saved; every problem found, not only the first. */
    record Rejected(List<ServiceProblem> problems) implements CatalogueChange {

        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejection names at least one problem");
            }
        }

        public Optional<String> messageFor(ServiceField field) {
            return problems.stream().filter(p -> p.field() == field).map(ServiceProblem::message).findFirst();
        }
    }
}
