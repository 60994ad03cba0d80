-- Events this service has applied (each takes effect once), and the signals they raised.
create table inbox_event (
    event_id    uuid primary key,
    type        text        not null,
    received_at timestamptz not null default now()
);

-- A signal proposes a review of a risk; it never re-scores it. With no risk linked to its subject it waits
-- in triage (risk_id null) until someone links it.
create table risk_signal (
    id           bigserial primary key,
    risk_id      bigint references risk (id) on delete cascade,
    event_id     uuid        not null,
    source       text        not null,          -- metrics-service | milestones-service
    kind         text        not null check (kind in ('MEASURE_STATUS', 'MILESTONE_SLIPPED', 'DEPENDENCY_FLAGGED')),
    subject_code text        not null,          -- the measure or milestone code
    period       text,
    detail       text        not null,
    old_status   text,
    new_status   text,
    received_at  timestamptz not null default now(),
    reviewed_at  timestamptz,
    unique (risk_id, event_id)
);

create index risk_signal_risk on risk_signal (risk_id, id);
create index risk_signal_triage on risk_signal (id) where risk_id is null;
