-- Event-carried state: every version of a milestone is announced once as milestone-changed (so other services'
-- read models, such as governance's assurance pack, hold the whole plan, seed included). This table says
-- which version was announced last; at start, any milestone whose version was not announced is.
create table milestone_announced (
    code    text   primary key,
    version bigint not null
);
