-- How far a value may fall short of its trajectory and still count as "at risk" rather than "off track",
-- in the measure's own unit. Null: 5% of the expected value.
alter table measure add column tolerance numeric check (tolerance is null or tolerance >= 0);
