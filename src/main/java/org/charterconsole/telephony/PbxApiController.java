package org.charterconsole.telephony;

import org.charterconsole.pbx.PbxLink;
import org.charterconsole.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** {@code GET /api/pbx}: the state of the console's link to the PBX. */
@RestController
@RequestMapping("/api/pbx")
@PreAuthorize("hasAnyRole('" + Roles.HANDLER + "', '" + Roles.TEAM_LEADER + "', '" + Roles.OUT_OF_HOURS
        + "', '" + Roles.WALLBOARD + "', '" + Roles.ADMIN + "')")
class PbxApiController {

    private final PbxLink link;

    PbxApiController(PbxLink link) {
        this.link = link;
    }

    @GetMapping
    PbxStatus status() {
        PbxLink.Status status = link.status();
        return new PbxStatus(status.mode(), status.connected(), status.since().orElse(null), status.eventsReceived());
    }

    record PbxStatus(String mode, boolean connected, Instant since, long eventsReceived) {}
}
