-- People known to Bravo. Keycloak stays the identity provider; this table lets content reference authors and
-- keeps the shop a person picked when the directory has none.
create table person (
    subject        varchar(64)  primary key,
    username       varchar(255) not null,
    display_name   varchar(255) not null,
    email          varchar(320),
    shop_code      varchar(64),
    first_seen_at  timestamptz  not null,
    last_seen_at   timestamptz  not null
);

create unique index person_username_uq on person (lower(username));
create index person_shop_idx on person (shop_code);
