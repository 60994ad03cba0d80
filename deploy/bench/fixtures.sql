-- Benchmark fixtures, loaded by deploy/bench/run into the bench database only (SEND_PG_DATABASE=sendreform_bench),
-- after metrics-service's Flyway has created the metrics schema.
--
-- This is the one thing the benchmark does not do through the API: the platform has no API to create
-- measures (they are the reform plan's reference data, seeded by migrations), and the seed's measures have
-- one breakdown and a handful of periods each, far too few distinct keys (measure x period x disaggregation)
-- to store a million values. So we add benchmark measures the same way the seed adds its measures: rows in
-- metrics.measure. Everything the benchmark then measures (values, feeds, events) goes through the API.
--
-- :measures measures BENCH-01.., each monthly, owned by coventry-la-send (the demo-la-send client's org), with
-- :settings disaggregations 'setting-0001'.. (one per education setting); no targets, so no trajectory
-- status events: the ingest figures are for the plain write path. Months from 2000-01 (all in the past).
-- A scratch schema bench_raw holds the raw baseline's bare table (no indexes, no constraints).

\set ON_ERROR_STOP 1
set client_min_messages = warning;

-- a second load into the same running platform starts again from no benchmark values
delete from metrics.value_change where measure_code like 'BENCH-%';
delete from metrics.measure_value where measure_id in (select id from metrics.measure where code like 'BENCH-%');
delete from metrics.measure where code like 'BENCH-%';
insert into metrics.measure (code, name, unit, direction, kind, period_type, data_owners, disaggregations, target_text, source)
select 'BENCH-' || lpad(m::text, 2, '0'), 'Benchmark measure ' || m, 'COUNT', 'HIGHER_IS_BETTER', 'SUPPORTING', 'MONTH',
       '{coventry-la-send}',
       (select array_agg('setting-' || lpad(s::text, 4, '0') order by s) from generate_series(1, :settings) s),
       'benchmark fixture (deploy/bench)', 'deploy/bench/fixtures.sql'
from generate_series(1, :measures) m;

drop schema if exists bench_raw cascade;
create schema bench_raw;
-- the shape of metrics.measure_value, bare: no primary key, no unique key, no foreign keys, no index
create table bench_raw.measure_value (
    id             bigserial,
    measure_id     bigint      not null,
    period         text        not null,
    period_start   date        not null,
    disaggregation text        not null,
    value          numeric     not null,
    numerator      numeric,
    denominator    numeric,
    comment        text,
    org            text,
    submission_id  uuid,
    updated_at     timestamptz not null default now()
);

-- A second, fairer baseline for the growth probes: the same two writes the service makes (the value and its
-- change-log row) by COPY, in one transaction, into tables with the same keys and indexes as metrics'
-- measure_value and value_change (no foreign keys): what a COPY-based write path could reach.
create table bench_raw.indexed_value (like bench_raw.measure_value including defaults);
alter table bench_raw.indexed_value add primary key (id);
create unique index on bench_raw.indexed_value (measure_id, period, disaggregation);
create index on bench_raw.indexed_value (measure_id, period_start);
create table bench_raw.indexed_change (
    id             bigserial primary key,
    measure_code   text        not null,
    period         text        not null,
    disaggregation text        not null,
    change         text        not null,
    old_value      numeric,
    new_value      numeric,
    numerator      numeric,
    denominator    numeric,
    comment        text,
    org            text,
    changed_by     text        not null,
    submission_id  uuid,
    changed_at     timestamptz not null default now()
);
create index on bench_raw.indexed_change (measure_code, period, disaggregation, id);
create index on bench_raw.indexed_change (measure_code, period, org, id);

select code || '=' || id from metrics.measure where code like 'BENCH-%' order by code;
