package org.charterconsole.routing;

import org.charterconsole.catalogue.Service;
import org.charterconsole.catalogue.ServiceCatalogue;
import org.springframework.stereotype.Component;

/** The caller priority each service has in the catalogue, which the shipped dialplan sets as QUEUE_PRIO. */
@Component
class CatalogueDialplanPriorities implements DialplanPriorities {

    private final ServiceCatalogue catalogue;

    CatalogueDialplanPriorities(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int of(String queue) {
        return catalogue.byQueue(queue).map(Service::callerPriority).orElse(0);
    }
}
