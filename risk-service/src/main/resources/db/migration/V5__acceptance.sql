-- A risk is accepted only by a Board decision (governance-service's decision-recorded events). The Board's
-- acceptance decisions are kept here as a read model, so acceptance can cite one that arrived before the risk.
alter table risk add column accepted_by_decision bigint;
alter table risk add column accepted_on date;

create table board_acceptance (
    decision_id bigint      not null,
    risk_code   text        not null,
    decided_on  date        not null,
    statement   text        not null,
    received_at timestamptz not null default now(),
    primary key (decision_id, risk_code)
);
