-- Re-baselining: a due date changes only by an RDG re-sequencing decision (governance-service's
-- decision-recorded events), whose id the milestone cites. Consumed events are kept in the inbox (each once).
alter table milestone add column rebaselined_by_decision bigint;

create table inbox_event (
    event_id    uuid primary key,
    type        text        not null,
    received_at timestamptz not null default now()
);
