-- Stored notifications; delivery (mail, push) comes later and reads from here.
create table notification (
    id                 bigint generated always as identity primary key,
    recipient_subject  varchar(64) not null references person (subject),
    type               varchar(40) not null,
    actor_subject      varchar(64),
    post_id            bigint,
    comment_id         bigint,
    data               jsonb       not null default '{}'::jsonb,
    created_at         timestamptz not null,
    read_at            timestamptz
);
create index notification_recipient_idx on notification (recipient_subject, id desc);
