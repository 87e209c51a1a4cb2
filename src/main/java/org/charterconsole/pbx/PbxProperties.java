package org.charterconsole.pbx;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Where the PBX is and how to keep the link alive ({@code console.pbx.*}).
 * With mode {@code simulator} host/port/username/secret are those of the built-in simulator.
 *
 * @param rejoinGrace how long a caller who stepped out of a queue to hear the periodic wait message
 *                    (Queue() timed out) may take to come back before they count as having hung up;
 *                    longer than the dialplan's wait message (telephony/extensions.conf)
 */
@Validated
@ConfigurationProperties("console.pbx")
public record PbxProperties(
        @NotNull @DefaultValue("simulator") Mode mode,
        @NotBlank @DefaultValue("127.0.0.1") String host,
        @Min(0) @Max(65535) @DefaultValue("5038") int port,
        String username,
        String secret,
        @NotNull @DefaultValue("20s") Duration pingInterval,
        @NotNull @DefaultValue("15s") Duration resyncInterval,
        @NotNull @DefaultValue("1s") Duration reconnectInitialDelay,
        @NotNull @DefaultValue("30s") Duration reconnectMaxDelay,
        @NotNull @DefaultValue("45s") Duration rejoinGrace) {

    public enum Mode { SIMULATOR, ASTERISK }

    public boolean simulator() {
        return mode == Mode.SIMULATOR;
    }

    /** The secret never appears in logs or actuator output. */
    @Override
    public String toString() {
        return "PbxProperties[mode=%s, host=%s, port=%d, username=%s, secret=%s, pingInterval=%s]"
                .formatted(mode, host, port, username, secret == null ? "<none>" : "******", pingInterval);
    }
}
