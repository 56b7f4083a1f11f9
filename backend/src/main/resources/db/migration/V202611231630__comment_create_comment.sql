-- Comments on any content (posts now, guestbook entries later), one level of replies.
create table comment (
    id              bigint generated always as identity primary key,
    target_type     varchar(16) not null,
    target_id       bigint      not null,
    parent_id       bigint      references comment (id),
    author_subject  varchar(64) not null references person (subject),
    body_md         text        not null,
    body_html       text        not null,
    created_at      timestamptz not null,
    edited_at       timestamptz,
    deleted_at      timestamptz,
    bravo_count     int         not null default 0 check (bravo_count >= 0)
);
create index comment_target_idx on comment (target_type, target_id, id);
create index comment_author_idx on comment (author_subject) where deleted_at is null;

-- Who was @mentioned; notifications are created from these rows.
create table comment_mention (
    comment_id      bigint      not null references comment (id) on delete cascade,
    person_subject  varchar(64) not null references person (subject),
    primary key (comment_id, person_subject)
);
