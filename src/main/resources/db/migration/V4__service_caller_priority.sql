-- The caller priority the dialplan gives a caller of each service (QUEUE_PRIO), kept with the
-- service so telephony/extensions.conf and the catalogue cannot drift apart unnoticed.
ALTER TABLE service
    ADD COLUMN caller_priority INT NOT NULL DEFAULT 0 AFTER weight,
    ADD CONSTRAINT ck_service_caller_priority CHECK (caller_priority BETWEEN 0 AND 100),
    ADD CONSTRAINT ck_service_weight CHECK (weight BETWEEN 0 AND 100);

UPDATE service SET caller_priority = 10 WHERE priority_class = 'PRIORITY';

-- Asterisk reserves [general] in queues.conf for app_queue's own settings, so the General
-- service needs a queue of another name.
UPDATE service SET queue_name = 'general-enquiries' WHERE code = 'general';
UPDATE call_record SET queue_name = 'general-enquiries' WHERE queue_name = 'general';
