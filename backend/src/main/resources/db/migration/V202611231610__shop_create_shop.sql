-- Shops (boutiques, offices) that people belong to. Codes are stable slugs also used in Keycloak's `shop` attribute,
-- so a person's shop is not a foreign key: the directory may name a shop before an admin creates it here.
create table shop (
    code        varchar(64)  primary key,
    name        varchar(120) not null,
    city        varchar(120) not null,
    region      varchar(120) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now()
);

create index shop_name_idx on shop (lower(name));
