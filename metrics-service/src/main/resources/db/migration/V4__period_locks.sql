-- Locked periods: once a Board pack or a DfE quarterly return is issued, its figures must not change.
-- A lock covers every value whose period lies within the locked period, for one measure or (measure_code
-- null) for all. Unlocking keeps the row, with who, when and why.
create table period_lock (
    id            bigserial primary key,
    period        text        not null,
    period_start  date        not null,
    period_end    date        not null,
    measure_code  text,
    reason        text        not null,
    locked_by     text        not null,
    locked_at     timestamptz not null default now(),
    unlocked_by   text,
    unlocked_at   timestamptz,
    unlock_reason text
);

create unique index period_lock_active on period_lock (period, coalesce(measure_code, '*')) where unlocked_at is null;
