package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRulesTest {

    private static final Service HOUSING = new Service("housing", "Housing", "housing", PriorityClass.STANDARD,
            300, 80, 0, 0, true);

    @Test
    void theCharterServicesAreAcceptable() {
        assertThat(ServiceRules.check(HOUSING)).isEmpty();
        assertThat(ServiceRules.check(new Service("elas", "Emergency Limited Assisted Scheme", "elas",
                PriorityClass.PRIORITY, 120, 90, 10, 10, true))).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtItsFieldNotOnlyTheFirst() {
        Service bad = new Service("Council Tax", " ", "general", null, 0, 101, 101, -1, true);

        assertThat(ServiceRules.check(bad)).extracting(ServiceProblem::field).containsExactly(
                ServiceField.CODE, ServiceField.NAME, ServiceField.QUEUE, ServiceField.PRIORITY_CLASS,
                ServiceField.ANSWER_WITHIN, ServiceField.ANSWERED_TARGET, ServiceField.CALLER_PRIORITY,
                ServiceField.WEIGHT);
    }

    @Test
    void aCodeIsLowerCaseLettersDigitsAndSingleHyphens() {
        assertThat(ServiceRules.code("council-tax-2")).isEmpty();
        assertThat(ServiceRules.code("")).contains("Enter a code, e.g. council-tax");
        assertThat(ServiceRules.code("Council_Tax")).get().asString().contains("lower-case letters, digits");
        assertThat(ServiceRules.code("council--tax")).isPresent();
        assertThat(ServiceRules.code("-tax")).isPresent();
        assertThat(ServiceRules.code("a".repeat(65))).isPresent();
    }

    @Test
    void aNameIsNeitherEmptyNorBlankNorOverLong() {
        assertThat(ServiceRules.name("Waste & Recycling")).isEmpty();
        assertThat(ServiceRules.name(null)).get().asString().startsWith("Enter the service's name");
        assertThat(ServiceRules.name("   ")).get().asString().startsWith("Enter the service's name");
        assertThat(ServiceRules.name("x".repeat(201))).contains("A name is at most 200 characters");
    }

    @Test
    void theQueueGeneralIsRefusedBecauseAppQueueReservesItsSection() {
        assertThat(ServiceRules.queue("general")).get().asString()
                .contains("app_queue's own settings section").contains("general-enquiries");
        assertThat(ServiceRules.queue("general-enquiries")).isEmpty();
        assertThat(ServiceRules.queue("")).contains("Enter the queue that answers this service's calls");
        assertThat(ServiceRules.queue("Council Tax")).get().asString().startsWith("A queue name is lower-case");
    }

    @Test
    void answerWithinIsAtLeastOneSecondAndAtMostAnHour() {
        assertThat(ServiceRules.answerWithin(1)).isEmpty();
        assertThat(ServiceRules.answerWithin(3600)).isEmpty();
        assertThat(ServiceRules.answerWithin(0)).get().asString().startsWith("Answer within is 1 to 3600 seconds");
        assertThat(ServiceRules.answerWithin(-5)).isPresent();
        assertThat(ServiceRules.answerWithin(3601)).isPresent();
        assertThat(ServiceRules.answerWithin(null)).isPresent();
    }

    @Test
    void percentagesPrioritiesAndWeightsRunFromZeroToAHundred() {
        assertThat(ServiceRules.answeredTarget(0)).isEmpty();
        assertThat(ServiceRules.answeredTarget(100)).isEmpty();
        assertThat(ServiceRules.answeredTarget(101)).contains("Answered at least is a percentage from 0 to 100");
        assertThat(ServiceRules.answeredTarget(-1)).isPresent();
        assertThat(ServiceRules.callerPriority(100)).isEmpty();
        assertThat(ServiceRules.callerPriority(101)).get().asString().contains("QUEUE_PRIO").contains("0 to 100");
        assertThat(ServiceRules.weight(0)).isEmpty();
        assertThat(ServiceRules.weight(-1)).get().asString().startsWith("Queue weight is a whole number from 0 to 100");
        assertThat(ServiceRules.priorityClass(null)).contains("Choose priority or standard");
    }
}
