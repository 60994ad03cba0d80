-- Every (re-)score of a risk is kept: the register shows the latest, GET .../scores the whole history.
create table risk_score (
    id                  bigserial primary key,
    risk_id             bigint      not null references risk (id) on delete cascade,
    scale               text        not null,
    inherent_impact     text        not null,
    inherent_likelihood text        not null,
    assessed_rag        text        not null,
    matrix_rag          text        not null,
    score               int         not null,
    residual_rag        text,
    target_rag          text,
    rationale           text        not null,
    scored_by           text        not null,
    scored_at           timestamptz not null default now()
);

create index risk_score_risk on risk_score (risk_id, id);

-- Every change audited (platform AuditTrail).
create table audit_entry (
    id             bigserial primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    action         text        not null,
    actor_subject  text        not null,
    actor_name     text        not null,
    actor_client   text,
    at             timestamptz not null default now(),
    before         jsonb,
    after          jsonb
);

create index audit_entry_item on audit_entry (aggregate_type, aggregate_id, id);
