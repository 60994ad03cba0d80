-- Evidence of a milestone's delivery: notes and links (a published strategy, Board minutes), kept with who
-- added them. Aggregate evidence only: never a child's or family's details.
create table milestone_evidence (
    id             bigserial   primary key,
    milestone_code text        not null references milestone (code),
    note           text        not null,
    link           text,
    added_by       text        not null,
    added_at       timestamptz not null default now()
);
create index milestone_evidence_milestone on milestone_evidence (milestone_code, id);
