-- A phone (queue member interface) belongs to one user: the console sends QueueAdd, QueueRemove and
-- QueuePause for the signed-in handler's own phone, so two users on one phone would control each other.
-- The column's collation ignores case, so PJSIP/2001 and pjsip/2001 count as the same phone.

UPDATE user_account SET agent_interface = NULL WHERE TRIM(agent_interface) = '';

-- A phone already set for more than one user stays with the oldest account; the others lose it,
-- each change written to the audit trail so an administrator can see and set it again.
INSERT INTO audit_entry (at, actor, action, subject, detail)
SELECT UTC_TIMESTAMP(6), 'system', 'USER_PHONE_CHANGED', newer.username,
       CONCAT('phone removed (was ', newer.agent_interface, ', also set for ', older.username, ')')
FROM user_account newer
JOIN user_account older ON older.agent_interface = newer.agent_interface AND older.id < newer.id
WHERE older.id = (SELECT MIN(o.id) FROM user_account o WHERE o.agent_interface = newer.agent_interface);

UPDATE user_account newer
JOIN user_account older ON older.agent_interface = newer.agent_interface AND older.id < newer.id
SET newer.agent_interface = NULL;

ALTER TABLE user_account ADD CONSTRAINT uk_user_account_agent_interface UNIQUE (agent_interface);
