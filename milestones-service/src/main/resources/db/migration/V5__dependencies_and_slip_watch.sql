-- Dependencies between milestones: a successor cannot finish before its predecessors. The graph never has a
-- cycle (the API refuses a link that would close one). Links are by code, within this service's own plan.
create table milestone_dependency (
    id               bigserial   primary key,
    predecessor_code text        not null references milestone (code),
    successor_code   text        not null references milestone (code),
    note             text,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    unique (predecessor_code, successor_code),
    check (predecessor_code <> successor_code)
);
create index milestone_dependency_successor on milestone_dependency (successor_code);

-- A successor flagged at risk because a predecessor (directly or down a chain) cannot finish by its due date.
-- Set and cleared by the dependency rule only, never by a client.
alter table milestone
    add column dependency_risk      text,   -- the reason, in words
    add column dependency_risk_from text,   -- the direct predecessor holding it back
    add column dependency_flagged_on date;

-- Slippage is derived from the dates and the calendar, so a milestone can start slipping overnight with nobody
-- changing it. The scheduled check publishes milestone-slipped once per slip; this table says which milestones'
-- slips were published (and since when), without touching the milestone's version.
create table milestone_slip_announced (
    code  text primary key references milestone (code),
    since date not null
);
