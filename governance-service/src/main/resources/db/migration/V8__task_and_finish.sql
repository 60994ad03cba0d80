-- Task and Finish groups: proposed by an RDG decision, started only once a Board decision ratifies them,
-- disbanded when done. Every other body is ACTIVE. A group's decisions and actions wait for ratification.
alter table body add column status text not null default 'ACTIVE' check (status in ('PROPOSED', 'ACTIVE', 'DISBANDED'));
alter table body add column proposed_by_decision bigint references decision (id);
alter table body add column ratified_by_decision bigint references decision (id);
alter table body add column disbanded_on date;
alter table body add column disbanded_reason text;
alter table body add column disbanded_by text;

-- The group a PROPOSE_TASK_AND_FINISH decision proposes, or a RATIFY_TASK_AND_FINISH decision ratifies.
alter table decision add column task_and_finish_group text references body (code);
