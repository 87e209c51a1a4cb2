package org.charterconsole.base.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallerNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "07700900123      | 07•••••123",
            "0161 496 0000    | 01•••••000",
            "+447700900123    | +44•••••123",
            "01632960         | 01•••••960",
            "999              | •••••",
            "+44123           | +•••••",
            "anonymous        | withheld",
            "''               | withheld",
            "NULL             | withheld"
    })
    void keepsTheEndsAndHidesTheMiddleAndTheLength(String number, String masked) {
        assertThat(CallerNumbers.mask(number)).isEqualTo(masked);
    }
}
