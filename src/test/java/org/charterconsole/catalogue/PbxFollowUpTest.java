package org.charterconsole.catalogue;

import org.charterconsole.queue.PriorityClass;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PbxFollowUpTest {

    private static final Service HOUSING = new Service("housing", "Housing", "housing", PriorityClass.STANDARD,
            300, 80, 0, 0, true);

    @Test
    void aChangedNameOrPercentageNeedsNothingOnThePbx() {
        Service renamed = new Service("housing", "Housing Advice", "housing", PriorityClass.STANDARD, 300, 85, 0, 0, true);

        assertThat(PbxFollowUp.after(Optional.of(HOUSING), renamed)).isEmpty();
    }

    @Test
    void aNewTargetWeightAndCallerPriorityEachNameTheSettingToCopy() {
        Service raised = new Service("housing", "Housing", "housing", PriorityClass.PRIORITY, 120, 90, 10, 10, true);

        assertThat(PbxFollowUp.after(Optional.of(HOUSING), raised)).containsExactly(
                "In queues.conf, set weight=10 on [housing].",
                "In queues.conf, set servicelevel=120 on [housing].",
                "In extensions.conf, set QUEUE_PRIO=10 for housing.");
    }

    @Test
    void aNewServiceNeedsItsExtensionMenuKeyAndQueueSettings() {
        Service libraries = new Service("libraries", "Libraries", "libraries", PriorityClass.STANDARD, 240, 80, 0, 0, true);

        assertThat(PbxFollowUp.after(Optional.empty(), libraries)).containsExactly(
                "In extensions.conf, add extension libraries to [council-services] with QUEUE_PRIO 0 and a menu key for it.",
                "In queues.conf, give [libraries] weight=0 and servicelevel=240.");
    }

    @Test
    void aDeactivatedServiceLeavesTheMenu() {
        assertThat(PbxFollowUp.after(Optional.of(HOUSING), HOUSING.withActive(false))).singleElement().asString()
                .contains("take the Housing menu key out");
    }
}
