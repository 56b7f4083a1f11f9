-- Per-person abuse limits shared by every backend: one row per person and kind of limited request. tat (theoretical
-- arrival time, GCRA) is when the person's allowance for the kind is whole again; a row past it is purged, since it
-- answers exactly as a missing row would.
create table rate_limit (
    subject varchar(64) not null,
    kind    varchar(16) not null,
    tat     timestamptz not null,
    primary key (subject, kind)
);
create index rate_limit_tat_idx on rate_limit (tat);
