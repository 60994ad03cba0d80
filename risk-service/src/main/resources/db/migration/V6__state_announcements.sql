-- Event-carried state: every version of a risk is announced once as risk-changed (so governance's read model,
-- behind the Board assurance pack, holds the whole register, seed included). At start, any risk whose version
-- was not announced is.
create table risk_announced (
    code    text   primary key,
    version bigint not null
);
