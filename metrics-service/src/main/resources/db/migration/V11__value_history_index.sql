-- Each series' values in period order (measure x breakdown), for the outlier check's window of earlier periods:
-- one short index probe per submitted value instead of a scan of the series' whole history, so a submission's
-- cost stays flat as the history grows (docs/benchmarks.md, cost growth). It also serves the series endpoint.
create index measure_value_history on measure_value (measure_id, disaggregation, period_start);
