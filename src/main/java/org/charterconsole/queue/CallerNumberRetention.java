package org.charterconsole.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Caller numbers are personal data: records older than the retention lose them (the rest of the
 * record stays for the charter figures). Idempotent, so any node may run it.
 */
@Component
public class CallerNumberRetention {

    private static final Logger log = LoggerFactory.getLogger(CallerNumberRetention.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CallRecordProperties properties;

    public CallerNumberRetention(JdbcTemplate jdbc, Clock clock, CallRecordProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Erases the numbers of calls that joined before the retention; returns how many. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    public int eraseExpiredNumbers() {
        Instant cutoff = clock.instant().minus(properties.callerNumberRetention());
        int erased = jdbc.update("UPDATE call_record SET caller_number = NULL "
                + "WHERE joined_at < ? AND caller_number IS NOT NULL", CallRecordStore.utc(cutoff));
        if (erased > 0) {
            log.info("Erased the caller numbers of {} call records older than {}", erased,
                    properties.callerNumberRetention());
        }
        return erased;
    }
}
