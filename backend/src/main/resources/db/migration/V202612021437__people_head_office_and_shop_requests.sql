-- Head office: people who work for every shop (admins, communications, IT…) say so instead of picking a shop.
alter table person add column head_office boolean not null default false;
-- Set when the directory (Keycloak's shop claim) gave the person's shop: the directory wins, so a change asked in
-- Bravo could not last and is refused.
alter table person add column shop_from_directory boolean not null default false;

-- A person asks to change shop (or to move to head office); an admin approves or declines. Decided requests stay
-- as their history; a person has at most one pending request, a new one replaces it.
create table shop_change_request (
    id                bigint generated always as identity primary key,
    person_subject    varchar(64)  not null references person (subject) on delete cascade,
    from_shop         varchar(64),
    from_head_office  boolean      not null,
    to_shop           varchar(64),
    to_head_office    boolean      not null,
    status            varchar(16)  not null,
    created_at        timestamptz  not null,
    decided_at        timestamptz,
    decided_by        varchar(64),
    reason            varchar(500),
    constraint shop_change_request_target_ck check ((to_shop is null) = to_head_office),
    constraint shop_change_request_status_ck check (status in ('pending', 'approved', 'declined'))
);

create unique index shop_change_request_pending_uq on shop_change_request (person_subject)
    where status = 'pending';
create index shop_change_request_status_idx on shop_change_request (status, id);
