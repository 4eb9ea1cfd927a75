-- Spring Modulith's event publication registry (schema v2): an event handed to an
-- @ApplicationModuleListener is stored with the transaction that published it and
-- completed when the listener succeeds, so a crash between the two loses nothing.
create table event_publication (
    id                     uuid          not null,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id);
