-- Plan versions: the plan is revised every year. The current version is the live plan (themes, roadmap,
-- milestones, dependencies); starting a new version freezes the old one's content as it stood, so it stays
-- readable exactly as it was.
create table plan_version (
    version       text        primary key,          -- the plan's own label, e.g. v3.1
    title         text        not null,
    plan_year     text        not null,             -- FY2026-27
    source        text,                             -- where the version comes from, e.g. the signed plan document
    status        text        not null check (status in ('CURRENT', 'SUPERSEDED')),
    started_on    date        not null,
    started_by    text        not null,
    note          text,
    superseded_on date,
    snapshot      jsonb,                            -- the content as it stood when superseded; null while current
    created_at    timestamptz not null default now()
);
create unique index plan_version_one_current on plan_version (status) where status = 'CURRENT';

-- The RDG's re-sequencing decisions seen on governance's topic: a programme manager may re-baseline a
-- milestone by hand only by citing one of these (the decision named no date for it, or named it loosely).
create table resequencing_decision (
    decision_id bigint      primary key,
    statement   text,
    decided_on  date,
    recorded_by text,
    received_at timestamptz not null default now()
);
