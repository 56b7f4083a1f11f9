-- Changes waiting to reach the search index, written in the same transaction as the change itself. The indexer
-- reads the document's current state from the database, so a row only names what changed; its id, increasing,
-- becomes the document's version in Elasticsearch so an older state can never overwrite a newer one.
create table search_outbox (
    id          bigserial   primary key,
    doc_type    text        not null,
    doc_id      text        not null,
    created_at  timestamptz not null default now(),
    attempts    int         not null default 0,
    run_after   timestamptz not null default now(),
    last_error  text
);

create index search_outbox_due on search_outbox (run_after, id);
