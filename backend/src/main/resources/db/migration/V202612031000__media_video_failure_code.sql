-- Why a film failed, as a code the web app words in the reader's language, with the figures it quotes (a duration, a
-- size). failure_reason stays: the English sentence for API users, and the only reason of films that failed before.
alter table video add column failure_code varchar(32);
alter table video add column failure_params jsonb;
