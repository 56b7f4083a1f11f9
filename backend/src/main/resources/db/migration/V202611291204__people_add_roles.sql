-- Bravo's roles as Keycloak last gave them in the person's token, for the administration screens.
alter table person add column roles text[] not null default '{}';
