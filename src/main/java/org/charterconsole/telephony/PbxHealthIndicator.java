package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxLink;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The {@code pbx} component of /actuator/health: UP while logged in to the PBX. Never shows the secret. */
@Component("pbx")
class PbxHealthIndicator implements HealthIndicator {

    private final PbxLink link;

    PbxHealthIndicator(PbxLink link) {
        this.link = link;
    }

    @Override
    public Health health() {
        PbxLink.Status status = link.status();
        Health.Builder health = status.connected() ? Health.up() : Health.down();
        health.withDetail("mode", status.mode())
                .withDetail("connected", status.connected())
                .withDetail("eventsReceived", status.eventsReceived());
        status.since().ifPresent(since -> health.withDetail("since", since.toString()));
        status.lastError().ifPresent(error -> health.withDetail("lastError", error));
        return health.build();
    }
}
