-- Mitigations are changed one by one (PATCH .../mitigations/{id}): each has its own version for If-Match, and the
-- date it was done.
alter table mitigation add column version bigint not null default 0;
alter table mitigation add column completed_on date;

create index mitigation_open_due on mitigation (due_date) where status <> 'DONE';

-- Reviews: each risk is reviewed at a frequency that follows its assessed RAG (send.risk.review-frequency.*) unless
-- one is fixed for the risk. The next review date is set from the last review or re-score (a re-score is a review);
-- risks with none yet (the seed, risks from before this migration) are scheduled from when they were raised, at start.
alter table risk add column review_frequency text
    check (review_frequency in ('MONTHLY', 'TWO_MONTHLY', 'QUARTERLY', 'SIX_MONTHLY', 'ANNUAL'));
alter table risk add column review_frequency_fixed boolean not null default false;
alter table risk add column last_reviewed_on date;
alter table risk add column next_review_date date;

create index risk_next_review on risk (next_review_date) where status <> 'CLOSED';

-- Every review of a risk, and every re-score (kind RESCORE), kept for its history.
create table risk_review (
    id                bigserial primary key,
    risk_id           bigint      not null references risk (id) on delete cascade,
    kind              text        not null check (kind in ('REVIEW', 'RESCORE')),
    outcome           text        not null,
    scores_unchanged  boolean     not null,
    assessed_rag      text        not null,
    residual_rag      text,
    signals_answered  int         not null default 0,
    reviewed_by       text        not null,
    reviewed_on       date        not null,
    reviewed_at       timestamptz not null default now(),
    next_review_date  date        not null
);

create index risk_review_risk on risk_review (risk_id, id);
