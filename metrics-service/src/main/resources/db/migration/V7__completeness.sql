-- Completeness and timeliness: each data owner is expected to submit each measure for every period of its
-- type; values are due this many days after the period ends (30 by default: a month to close the books).
alter table measure add column submission_due_days int not null default 30 check (submission_due_days between 0 and 366);

-- When each owner first sent a value for a measure and period: read from the change log.
create index value_change_first on value_change (measure_code, period, org, id);
