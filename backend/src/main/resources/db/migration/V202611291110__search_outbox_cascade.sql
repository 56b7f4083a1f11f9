-- A note about a page (a post, an entry) whose change reaches what lives under it (its comments, its videos):
-- the indexer then notes those too. A bravo count changes nothing underneath.
alter table search_outbox add column cascade boolean not null default false;
