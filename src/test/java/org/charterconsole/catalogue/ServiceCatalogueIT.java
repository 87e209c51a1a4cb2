package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueDatabaseTest;
import org.charterconsole.queue.ServiceTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@QueueDatabaseTest
class ServiceCatalogueIT {

    private final ServiceCatalogue catalogue;
    private final JdbcTemplate jdbc;

    @Autowired
    ServiceCatalogueIT(ServiceCatalogue catalogue, JdbcTemplate jdbc) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
    }

    @Test
    void holdsTheCharterServicesPriorityClassFirst() {
        assertThat(catalogue.services()).hasSize(12);
        assertThat(catalogue.services().subList(0, 4)).extracting(Service::priorityClass)
                .containsOnly(PriorityClass.PRIORITY);
        assertThat(catalogue.services()).extracting(Service::queueName)
                .contains("elas", "household-support", "adult-social-care", "childrens-social-care", "council-tax",
                        "business-rates", "benefits", "waste", "taxi-licensing", "housing", "highways", "general-enquiries");
        assertThat(catalogue.services()).allMatch(Service::active);
        assertThat(catalogue.byCode("general").orElseThrow().queueName())
                .as("[general] is app_queue's own settings section, so the General service has another queue")
                .isEqualTo("general-enquiries");
    }

    @Test
    void priorityServicesAreAnsweredWithinTwoMinutesNinetyPercentOfTheTime() {
        Service elas = catalogue.byCode("elas").orElseThrow();
        assertThat(elas.name()).isEqualTo("Emergency Limited Assisted Scheme");
        assertThat(elas.answerWithinSeconds()).isEqualTo(120);
        assertThat(elas.answeredTargetPercent()).isEqualTo(90);
        assertThat(catalogue.byQueue("waste").orElseThrow().name()).isEqualTo("Waste & Recycling");
        assertThat(catalogue.forQueue("council-tax"))
                .isEqualTo(new ServiceTarget("council-tax", "Council Tax", PriorityClass.STANDARD, 300, 80));
    }

    @Test
    void priorityCallersAreGivenAHigherQueuePriorityAndTheirQueuesAHeavierWeight() {
        for (Service service : catalogue.services()) {
            boolean priority = service.priorityClass() == PriorityClass.PRIORITY;
            assertThat(service.callerPriority()).as(service.code()).isEqualTo(priority ? 10 : 0);
            assertThat(service.weight()).as(service.code()).isEqualTo(priority ? 10 : 0);
        }
    }

    @Test
    void anUnknownQueueIsMeasuredAsAStandardServiceNamedAfterItself() {
        assertThat(catalogue.byQueue("no-such-queue")).isEmpty();
        assertThat(catalogue.forQueue("no-such-queue")).isEqualTo(ServiceTarget.standardFor("no-such-queue"));
    }

    @Test
    void reloadPicksUpAnEditedTarget() {
        catalogue.services();
        jdbc.update("UPDATE service SET answer_within_seconds = 90 WHERE code = 'housing'");
        try {
            assertThat(catalogue.byCode("housing").orElseThrow().answerWithinSeconds()).isEqualTo(300);
            catalogue.reload();
            assertThat(catalogue.byCode("housing").orElseThrow().answerWithinSeconds()).isEqualTo(90);
        } finally {
            jdbc.update("UPDATE service SET answer_within_seconds = 300 WHERE code = 'housing'");
            catalogue.reload();
        }
    }
}
