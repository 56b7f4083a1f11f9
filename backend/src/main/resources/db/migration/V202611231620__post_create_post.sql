-- Posts: practices, ideas and irritants. Counters are kept on the row so that feeds sort and page on an index
-- (keyset pagination) instead of counting bravos or comments per request.
create table category (
    id        bigint generated always as identity primary key,
    name      varchar(80) not null,
    position  int         not null default 0
);
create unique index category_name_uq on category (lower(name));

create table post (
    id                 bigint generated always as identity primary key,
    kind               varchar(16)  not null check (kind in ('practice', 'idea', 'irritant')),
    title              varchar(140) not null,
    body_md            text         not null default '',
    body_html          text         not null default '',
    excerpt            varchar(200) not null default '',
    category_id        bigint       references category (id) on delete set null,
    shop_code          varchar(64),
    author_subject     varchar(64)  not null references person (subject),
    status             varchar(16)  check (status in ('new', 'under_review', 'adopted', 'declined')),
    status_reason      text,
    status_changed_at  timestamptz,
    draft              boolean      not null default false,
    created_at         timestamptz  not null,
    published_at       timestamptz,
    edited_at          timestamptz,
    deleted_at         timestamptz,
    bravo_count        int          not null default 0 check (bravo_count >= 0),
    comment_count      int          not null default 0 check (comment_count >= 0),
    pinned_until       timestamptz,
    check (draft or published_at is not null),
    check ((kind = 'practice') = (status is null))
);

-- One index per feed, each covering exactly the rows a feed may show (published and not deleted).
create index post_latest_idx on post (published_at desc, id desc) where deleted_at is null and not draft;
create index post_kind_latest_idx on post (kind, published_at desc, id desc) where deleted_at is null and not draft;
create index post_shop_latest_idx on post (shop_code, published_at desc, id desc) where deleted_at is null and not draft;
create index post_author_latest_idx on post (author_subject, published_at desc, id desc) where deleted_at is null and not draft;
create index post_top_idx on post (bravo_count desc, id desc) where deleted_at is null and not draft;
create index post_pinned_idx on post (pinned_until) where pinned_until is not null and deleted_at is null and not draft;
create index post_drafts_idx on post (author_subject, created_at desc) where draft and deleted_at is null;

create table post_tag (
    post_id       bigint      not null references post (id) on delete cascade,
    tag           varchar(40) not null,
    -- Copied from the post so the tag feed pages on this table's index alone.
    published_at  timestamptz,
    primary key (post_id, tag)
);
create index post_tag_feed_idx on post_tag (tag, published_at desc, post_id desc);

create table post_photo (
    post_id   bigint not null references post (id) on delete cascade,
    photo_id  uuid   not null,
    position  int    not null,
    primary key (post_id, photo_id)
);
