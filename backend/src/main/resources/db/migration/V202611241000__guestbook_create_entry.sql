-- Shop guestbooks: each shop's team writes entries (experiments, customer moments, team notes); every employee
-- reads every guestbook. Counters live on the row, as for posts, so pages sort and page on an index.
create table guestbook_entry (
    id                    bigint generated always as identity primary key,
    shop_code             varchar(64)  not null,
    author_subject        varchar(64)  not null references person (subject),
    kind                  varchar(20)  not null check (kind in ('experiment', 'customer_moment', 'team_note')),
    entry_date            date         not null,
    body_md               text         not null,
    body_html             text         not null,
    excerpt               varchar(200) not null default '',
    -- Whether the photos show a customer, and if so who confirmed the customer agreed, and when.
    photos_show_customer  boolean      not null default false,
    consent_subject       varchar(64)  references person (subject),
    consent_at            timestamptz,
    created_at            timestamptz  not null,
    -- Written, commented or applauded: what the directory calls a guestbook's activity.
    last_activity_at      timestamptz  not null,
    edited_at             timestamptz,
    deleted_at            timestamptz,
    hidden_at             timestamptz,
    hidden_by             varchar(64),
    hidden_reason         text,
    bravo_count           int          not null default 0 check (bravo_count >= 0),
    comment_count         int          not null default 0 check (comment_count >= 0),
    check (not photos_show_customer or consent_subject is not null)
);
-- A shop's guestbook page, newest day first, and the directory's "latest entry" per shop.
create index guestbook_entry_shop_idx on guestbook_entry (shop_code, entry_date desc, id desc)
    where deleted_at is null;
create index guestbook_entry_kind_idx on guestbook_entry (shop_code, kind, entry_date desc, id desc)
    where deleted_at is null;

create table guestbook_entry_photo (
    entry_id  bigint not null references guestbook_entry (id) on delete cascade,
    photo_id  uuid   not null,
    position  int    not null,
    primary key (entry_id, photo_id)
);

-- The guestbook exchange: every period each active shop reads another shop's guestbook.
create table exchange_settings (
    id          int         primary key check (id = 1),
    period      varchar(16) not null check (period in ('weekly', 'fortnightly', 'monthly', 'quarterly')),
    updated_at  timestamptz not null,
    updated_by  varchar(64)
);
insert into exchange_settings (id, period, updated_at) values (1, 'monthly', now());

create table exchange_round (
    id            bigint generated always as identity primary key,
    number        int         not null unique,
    -- First day of the period this round belongs to; an admin may run a new round within a period.
    period_start  date        not null,
    period        varchar(16) not null,
    started_at    timestamptz not null,
    started_by    varchar(64),
    trigger       varchar(16) not null check (trigger in ('schedule', 'admin'))
);
-- The scheduler starts at most one round per period, whatever the number of backends.
create unique index exchange_round_scheduled_uq on exchange_round (period_start) where trigger = 'schedule';

create table exchange_pairing (
    round_id      bigint      not null references exchange_round (id) on delete cascade,
    reader_shop   varchar(64) not null,
    read_shop     varchar(64) not null check (read_shop <> reader_shop),
    -- True when this pairing opened a new cycle for the reader (it had met every other shop).
    starts_cycle  boolean     not null,
    primary key (round_id, reader_shop)
);
create index exchange_pairing_read_idx on exchange_pairing (round_id, read_shop);

-- Comments and bravos that members of a reading shop left on the guestbook they were paired with.
create table exchange_engagement (
    round_id        bigint      not null references exchange_round (id) on delete cascade,
    reader_shop     varchar(64) not null,
    person_subject  varchar(64) not null references person (subject),
    entry_id        bigint      not null references guestbook_entry (id) on delete cascade,
    kind            varchar(16) not null check (kind in ('comment', 'bravo')),
    at              timestamptz not null,
    primary key (round_id, person_subject, entry_id, kind)
);
create index exchange_engagement_shop_idx on exchange_engagement (round_id, reader_shop);

-- A practice promoted from a guestbook entry links back to it.
alter table post add column source_entry_id bigint references guestbook_entry (id);
create unique index post_source_entry_uq on post (source_entry_id) where source_entry_id is not null and deleted_at is null;

-- Notifications about comments on entries link to the entry.
alter table notification add column entry_id bigint;
