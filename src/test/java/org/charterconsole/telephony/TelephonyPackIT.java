package org.charterconsole.telephony;

import org.charterconsole.catalogue.Service;
import org.charterconsole.catalogue.ServiceCatalogue;
import org.charterconsole.queue.QueueDatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Asterisk configuration in {@code telephony/} fits the service catalogue as Flyway creates it in MariaDB. */
@QueueDatabaseTest
class TelephonyPackIT {

    private final ServiceCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final TelephonyPack pack = TelephonyPack.load();

    @Autowired
    TelephonyPackIT(ServiceCatalogue catalogue, JdbcTemplate jdbc) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    @Test
    void everyActiveServiceHasAQueueWithItsWeightAndAnswerWithinTargetAsServiceLevel() {
        assertThat(catalogue.services()).isNotEmpty();
        assertThat(pack.queueProblems(catalogue.services())).isEmpty();
    }

    @Test
    void everyServicesMenuEntrySetsQueuePrioToItsCallerPriority() {
        assertThat(pack.callerPriorityProblems(catalogue.services())).isEmpty();
        assertThat(pack.emergencyCategoryProblems(catalogue.services())).isEmpty();
    }

    @Test
    void aServiceAddedToTheCatalogueWithoutItsQueueAndMenuEntryIsCaught() {
        jdbc.update("""
                INSERT INTO service (code, name, queue_name, priority_class, answer_within_seconds,
                                     answered_target_pct, weight, caller_priority)
                VALUES ('parking', 'Parking', 'parking', 'STANDARD', 300, 80, 0, 0)""");
        try {
            List<Service> services = catalogue.reload();
            assertThat(pack.queueProblems(services)).containsExactly("parking: no queue [parking] in queues.conf");
            assertThat(pack.callerPriorityProblems(services))
                    .containsExactly("parking: no extension in [council-services] enters queue parking");
        } finally {
            jdbc.update("DELETE FROM service WHERE code = 'parking'");
            catalogue.reload();
        }
    }

    @Test
    void aTargetEditedInTheCatalogueMustBeCopiedToQueuesConf() {
        jdbc.update("UPDATE service SET answer_within_seconds = 90 WHERE code = 'elas'");
        try {
            assertThat(pack.queueProblems(catalogue.reload()))
                    .containsExactly("elas: servicelevel = 120, the console expects 90");
        } finally {
            jdbc.update("UPDATE service SET answer_within_seconds = 120 WHERE code = 'elas'");
            catalogue.reload();
        }
    }
}
