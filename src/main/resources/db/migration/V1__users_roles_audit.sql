-- Users, their roles and the audit trail. Runs on MariaDB 10.11 and later.

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    agent_interface VARCHAR(80)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_role_role ON user_role (role);

CREATE TABLE audit_entry (
    id      BIGINT        NOT NULL AUTO_INCREMENT,
    at      DATETIME(6)   NOT NULL,
    actor   VARCHAR(64)   NOT NULL,
    action  VARCHAR(64)   NOT NULL,
    subject VARCHAR(255)  NOT NULL,
    detail  VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entry_at (at),
    INDEX ix_audit_entry_actor_at (actor, at),
    INDEX ix_audit_entry_action_at (action, at),
    INDEX ix_audit_entry_subject_at (subject, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
