-- One bravo per person per item; the primary key is what makes concurrent clicks count exactly once.
create table bravo (
    target_type       varchar(16) not null,
    target_id         bigint      not null,
    giver_subject     varchar(64) not null references person (subject),
    receiver_subject  varchar(64) not null,
    given_at          timestamptz not null,
    primary key (target_type, target_id, giver_subject)
);
create index bravo_receiver_idx on bravo (receiver_subject);
create index bravo_giver_idx on bravo (giver_subject, target_type, target_id);
