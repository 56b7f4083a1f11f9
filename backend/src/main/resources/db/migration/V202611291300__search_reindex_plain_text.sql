-- Search now indexes the text of posts, guestbook entries and comments without Markdown's marks, so what it quotes
-- reads as the author's words. Noting every live one here brings documents indexed before the change up to date
-- through the usual indexer, without an admin having to start a reindex.
insert into search_outbox (doc_type, doc_id)
select 'post', id::text from post where deleted_at is null and not draft;

insert into search_outbox (doc_type, doc_id)
select 'entry', id::text from guestbook_entry where deleted_at is null;

insert into search_outbox (doc_type, doc_id)
select 'comment', id::text from comment where deleted_at is null;
