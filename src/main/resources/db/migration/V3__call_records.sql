-- One row per caller per queue. Unique on (unique_id, queue_name) so that any console node may
-- write it, replays change nothing, and an outcome only moves up the rank
-- WAITING < UNKNOWN < ABANDONED < CALLBACK < ANSWERED (enforced by the writer's upsert).
-- Times are UTC.
CREATE TABLE call_record (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unique_id              VARCHAR(64)  NOT NULL,
    queue_name             VARCHAR(128) NOT NULL,
    caller_number          VARCHAR(64)  NULL,
    service                VARCHAR(200) NOT NULL,
    priority_class         VARCHAR(16)  NOT NULL,
    joined_at              DATETIME(3)  NOT NULL,
    left_at                DATETIME(3)  NULL,
    outcome                VARCHAR(16)  NOT NULL,
    wait_seconds           BIGINT       NOT NULL DEFAULT 0,
    talk_seconds           BIGINT       NOT NULL DEFAULT 0,
    agent_interface        VARCHAR(128) NULL,
    answered_within_target BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_call_record_call UNIQUE (unique_id, queue_name),
    CONSTRAINT ck_call_record_outcome CHECK (outcome IN ('WAITING', 'UNKNOWN', 'ABANDONED', 'CALLBACK', 'ANSWERED')),
    CONSTRAINT ck_call_record_class CHECK (priority_class IN ('PRIORITY', 'STANDARD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_call_record_queue_joined ON call_record (queue_name, joined_at);
CREATE INDEX ix_call_record_joined ON call_record (joined_at);
