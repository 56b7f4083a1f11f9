-- One case per piece of content under review: its reports, or the watch words that flagged or held it.
create table moderation_case (
    id                 bigint generated always as identity primary key,
    content_type       varchar(16)  not null,
    content_id         varchar(64)  not null,
    author_subject     varchar(64),
    status             varchar(8)   not null default 'open' check (status in ('open', 'closed')),
    opened_at          timestamptz  not null,
    flagged_words      text[]       not null default '{}',
    held_by_watch_word boolean      not null default false,
    auto_hidden        boolean      not null default false,
    closed_at          timestamptz,
    closed_by          varchar(64),
    outcome            varchar(32)
);
create unique index moderation_case_open_uq on moderation_case (content_type, content_id) where status = 'open';
create index moderation_case_queue_idx on moderation_case (opened_at, id) where status = 'open';
create index moderation_case_closed_idx on moderation_case (closed_at desc, id desc) where status = 'closed';
create index moderation_case_content_idx on moderation_case (content_type, content_id, id desc);

create table report (
    id               bigint generated always as identity primary key,
    case_id          bigint       not null references moderation_case (id),
    content_type     varchar(16)  not null,
    content_id       varchar(64)  not null,
    reporter_subject varchar(64)  not null references person (subject),
    reason           varchar(32)  not null
        check (reason in ('spam', 'inappropriate', 'customer_privacy', 'wrong_information', 'other')),
    details          text,
    created_at       timestamptz  not null,
    open             boolean      not null default true
);
-- One open report per person per item: a second click does not count twice towards hiding it.
create unique index report_open_uq on report (content_type, content_id, reporter_subject) where open;
create index report_case_idx on report (case_id);
create index report_reporter_idx on report (reporter_subject, id desc);

create table watch_word (
    id          bigint generated always as identity primary key,
    phrase      varchar(100) not null,
    normalized  varchar(200) not null unique,
    action      varchar(8)   not null check (action in ('block', 'hold', 'flag')),
    created_at  timestamptz  not null,
    created_by  varchar(64)
);

-- What moderators and admins did, for a works council or an auditor. Rows are never changed or removed.
create table audit_event (
    id             bigint generated always as identity primary key,
    at             timestamptz  not null,
    actor_subject  varchar(64),
    action         varchar(64)  not null,
    content_type   varchar(16),
    content_id     varchar(64),
    content_title  text,
    person_subject varchar(64),
    reason         text,
    before         jsonb,
    after          jsonb
);
create index audit_event_at_idx on audit_event (at desc, id desc);
create index audit_event_content_idx on audit_event (content_type, content_id, id desc);
create index audit_event_person_idx on audit_event (person_subject, id desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

create table suspension (
    id             bigint generated always as identity primary key,
    person_subject varchar(64)  not null references person (subject),
    since          timestamptz  not null,
    until          timestamptz,
    reason         text         not null,
    created_by     varchar(64),
    lifted_at      timestamptz,
    lifted_by      varchar(64)
);
-- At most one suspension in force per person; lifted or expired ones stay as history.
create unique index suspension_current_uq on suspension (person_subject) where lifted_at is null;
