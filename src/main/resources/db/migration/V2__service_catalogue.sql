-- Services, their charter class and targets: data an administrator edits, not code.
CREATE TABLE service (
    code                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    queue_name            VARCHAR(128) NOT NULL,
    priority_class        VARCHAR(16)  NOT NULL,
    answer_within_seconds INT          NOT NULL,
    answered_target_pct   INT          NOT NULL,
    weight                INT          NOT NULL DEFAULT 0,
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_service_queue UNIQUE (queue_name),
    CONSTRAINT ck_service_class CHECK (priority_class IN ('PRIORITY', 'STANDARD')),
    CONSTRAINT ck_service_answer_within CHECK (answer_within_seconds > 0),
    CONSTRAINT ck_service_target_pct CHECK (answered_target_pct BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO service (code, name, queue_name, priority_class, answer_within_seconds, answered_target_pct, weight) VALUES
    ('elas',                  'Emergency Limited Assisted Scheme', 'elas',                  'PRIORITY', 120, 90, 10),
    ('household-support',     'Household Support Fund',            'household-support',     'PRIORITY', 120, 90, 10),
    ('adult-social-care',     'Adult Social Care',                 'adult-social-care',     'PRIORITY', 120, 90, 10),
    ('childrens-social-care', 'Children''s Social Care',           'childrens-social-care', 'PRIORITY', 120, 90, 10),
    ('council-tax',           'Council Tax',                       'council-tax',           'STANDARD', 300, 80, 0),
    ('business-rates',        'Business Rates',                    'business-rates',        'STANDARD', 300, 80, 0),
    ('benefits',              'Benefits',                          'benefits',              'STANDARD', 300, 80, 0),
    ('waste',                 'Waste & Recycling',                 'waste',                 'STANDARD', 300, 80, 0),
    ('taxi-licensing',        'Taxi Licensing',                    'taxi-licensing',        'STANDARD', 300, 80, 0),
    ('housing',               'Housing',                           'housing',               'STANDARD', 300, 80, 0),
    ('highways',              'Highways',                          'highways',              'STANDARD', 300, 80, 0),
    ('general',               'General',                           'general',               'STANDARD', 300, 80, 0);
