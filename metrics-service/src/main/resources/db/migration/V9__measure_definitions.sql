-- Measure definitions (issue #3): how a measure is computed, its numerator and denominator for rates, and a
-- definition version. A changed definition is a new version; each stored value cites the version it was
-- submitted under, so a series that crosses a definition change can be read honestly.

alter table measure
    add column definition             text,
    add column numerator_definition   text,
    add column denominator_definition text,
    add column definition_version     int not null default 1 check (definition_version >= 1);

-- Every version of every measure's definition: what it was, who set it, when and why.
create table measure_definition (
    id                     bigserial primary key,
    measure_id             bigint      not null references measure (id) on delete cascade,
    version                int         not null check (version >= 1),
    definition             text,
    numerator_definition   text,
    denominator_definition text,
    unit                   text        not null,
    direction              text        not null,
    period_type            text        not null,
    disaggregations        varchar(60)[] not null,
    source                 text,
    defined_by             text        not null,
    defined_at             timestamptz not null default now(),
    reason                 text        not null,
    changed_fields         varchar(60)[] not null default '{}', -- empty for version 1
    unique (measure_id, version)
);

-- Measures already catalogued: their current definition is version 1.
insert into measure_definition (measure_id, version, definition, numerator_definition, denominator_definition, unit,
                                direction, period_type, disaggregations, source, defined_by, defined_at, reason)
select id, 1, definition, numerator_definition, denominator_definition, unit, direction, period_type, disaggregations,
       source, 'catalogue', created_at, 'As first catalogued'
from measure;

-- Measures inserted later without their first definition (the repeatable seed runs after this migration; a
-- POST /api/v1/measures writes its own, naming who defined it) get version 1 from what they hold at commit.
create function measure_first_definition() returns trigger language plpgsql set search_path from current as $$
begin
    insert into measure_definition (measure_id, version, definition, numerator_definition, denominator_definition, unit,
                                    direction, period_type, disaggregations, source, defined_by, defined_at, reason)
    select m.id, 1, m.definition, m.numerator_definition, m.denominator_definition, m.unit, m.direction, m.period_type,
           m.disaggregations, m.source, 'catalogue', m.created_at, 'As first catalogued'
    from measure m where m.id = new.id
    on conflict (measure_id, version) do nothing;
    return null;
end
$$;

create constraint trigger measure_first_definition after insert on measure
    deferrable initially deferred for each row execute function measure_first_definition();

-- The definition version each value was submitted under (values stored before definitions were versioned: 1).
alter table measure_value add column definition_version int not null default 1;
alter table value_change add column definition_version int not null default 1;
