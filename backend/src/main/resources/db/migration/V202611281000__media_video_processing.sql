-- Processing of uploaded videos: a durable job queue, the transcoded result, and captions.
alter table video drop constraint video_status_check;
alter table video add constraint video_status_check
    check (status in ('uploading', 'processing', 'ready', 'failed', 'aborted', 'deleted'));
alter table video
    add column progress        smallint check (progress between 0 and 100),
    add column duration_ms     bigint,
    add column width           int,
    add column height          int,
    add column playback_key    varchar(200),
    add column playback_bytes  bigint,
    add column poster_key      varchar(200),
    add column original_kept   boolean not null default false,
    add column ready_at        timestamptz,
    -- Set while a post or guestbook entry shows the video; videos never attached are cleaned up after a while.
    add column attached_at     timestamptz;

-- One row per video waiting for processing or being processed. A worker leases a row (FOR UPDATE SKIP LOCKED, so
-- backends never take the same video) and renews the lease while it works; a lease that runs out (a backend died)
-- makes the job due again. The row is deleted once the video is ready or has failed for good.
create table video_job (
    video_id      uuid        primary key references video (id) on delete cascade,
    attempts      int         not null default 0,
    run_after     timestamptz not null,
    leased_until  timestamptz,
    leased_by     varchar(100),
    last_error    text
);
create index video_job_due_idx on video_job (run_after);

-- Captions, one WebVTT track per language. The text is normalised on the way in (plain-text cues only).
create table video_caption (
    video_id    uuid        not null references video (id) on delete cascade,
    lang        varchar(8)  not null,
    vtt         text        not null,
    updated_at  timestamptz not null,
    primary key (video_id, lang)
);

-- Clean-up scans: unfinished uploads by age, unattached videos by age.
create index video_uploading_age_idx on video (created_at) where status = 'uploading';
create index video_unattached_idx on video (completed_at) where attached_at is null and status in ('processing', 'ready', 'failed');
