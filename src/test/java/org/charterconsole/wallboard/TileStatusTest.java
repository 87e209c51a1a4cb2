package org.charterconsole.wallboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The wallboard's one colour rule, at each threshold (target 300 s, 80 %). */
class TileStatusTest {

    @ParameterizedTest(name = "longest {0}s, service level {1}% -> {2}")
    @CsvSource({
            "0, 100, GREEN",
            "224, 85.0, GREEN",
            "225, 100, AMBER",
            "299, 100, AMBER",
            "300, 100, RED",
            "0, 84.9, AMBER",
            "0, 80.0, AMBER",
            "0, 79.9, RED",
            "299, 79.9, RED",
            "300, 95, RED"})
    void coloursByLongestWaitAndServiceLevelAgainstTarget(long longestWait, double serviceLevel, TileStatus expected) {
        assertThat(TileStatus.of(longestWait, 300, serviceLevel, 80)).isEqualTo(expected);
    }

    @Test
    void priorityTargetsAreTighter() {
        assertThat(TileStatus.of(90, 120, 95, 90)).isEqualTo(TileStatus.AMBER);
        assertThat(TileStatus.of(89, 120, 95, 90)).isEqualTo(TileStatus.GREEN);
        assertThat(TileStatus.of(120, 120, 95, 90)).isEqualTo(TileStatus.RED);
    }

    @Test
    void cssNamesAreLowerCase() {
        assertThat(TileStatus.RED.cssName()).isEqualTo("red");
    }
}
