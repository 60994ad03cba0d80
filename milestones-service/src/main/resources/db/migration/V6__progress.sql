-- The progress tracker and highlight reports read RAG changes over a date range from the audit trail.
create index audit_entry_at on audit_entry (aggregate_type, at);
