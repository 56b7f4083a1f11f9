-- Lower-cased, accent-free "username display name" so that @mention search finds "Hélène" from "hel".
alter table person add column search_name varchar(600) not null default '';
create index person_search_idx on person (search_name varchar_pattern_ops);
