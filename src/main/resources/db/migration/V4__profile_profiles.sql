-- A member's professional profile, one row per account, created on the first edit. Taxonomy values
-- (credentials, practice areas, modalities, populations) are enum names checked by the application,
-- not by check constraints, so the curated lists can grow without a migration.
create table profiles (
    account_id       bigint       not null,
    pronouns         varchar(40),
    headline         varchar(120),
    license_number   varchar(40),
    agency           varchar(120),
    job_role         varchar(120),
    city             varchar(80),
    state_province   varchar(80),
    country          varchar(80),
    bio              varchar(5000),
    avatar_key       varchar(64),
    avatar_small_key varchar(64),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0,
    constraint pk_profiles primary key (account_id),
    constraint fk_profiles_account foreign key (account_id) references accounts (id) on delete cascade
);

create table profile_credentials (
    account_id bigint      not null,
    credential varchar(40) not null,
    constraint pk_profile_credentials primary key (account_id, credential),
    constraint fk_profile_credentials_profile foreign key (account_id) references profiles (account_id) on delete cascade
);

create table profile_license_states (
    account_id    bigint      not null,
    list_index    int         not null,
    license_state varchar(40) not null,
    constraint pk_profile_license_states primary key (account_id, list_index),
    constraint fk_profile_license_states_profile foreign key (account_id) references profiles (account_id) on delete cascade
);

-- The (value, account_id) indexes serve the people directory's filters.
create table profile_practice_areas (
    account_id    bigint      not null,
    practice_area varchar(40) not null,
    constraint pk_profile_practice_areas primary key (account_id, practice_area),
    constraint fk_profile_practice_areas_profile foreign key (account_id) references profiles (account_id) on delete cascade
);
create index ix_profile_practice_areas_area on profile_practice_areas (practice_area, account_id);

create table profile_modalities (
    account_id bigint      not null,
    modality   varchar(40) not null,
    constraint pk_profile_modalities primary key (account_id, modality),
    constraint fk_profile_modalities_profile foreign key (account_id) references profiles (account_id) on delete cascade
);
create index ix_profile_modalities_modality on profile_modalities (modality, account_id);

create table profile_populations (
    account_id bigint      not null,
    population varchar(40) not null,
    constraint pk_profile_populations primary key (account_id, population),
    constraint fk_profile_populations_profile foreign key (account_id) references profiles (account_id) on delete cascade
);
create index ix_profile_populations_population on profile_populations (population, account_id);

create table profile_education (
    account_id      bigint       not null,
    list_index      int          not null,
    school          varchar(120) not null,
    degree          varchar(120),
    graduation_year int,
    constraint pk_profile_education primary key (account_id, list_index),
    constraint fk_profile_education_profile foreign key (account_id) references profiles (account_id) on delete cascade,
    constraint ck_profile_education_year check (graduation_year is null or graduation_year between 1900 and 2100)
);

create table profile_links (
    account_id bigint       not null,
    list_index int          not null,
    label      varchar(60),
    url        varchar(500) not null,
    constraint pk_profile_links primary key (account_id, list_index),
    constraint fk_profile_links_profile foreign key (account_id) references profiles (account_id) on delete cascade
);

-- A field without a row has its default visibility (see ProfileField); saving the form writes every field.
create table profile_field_visibility (
    account_id bigint      not null,
    field      varchar(30) not null,
    visibility varchar(20) not null,
    constraint pk_profile_field_visibility primary key (account_id, field),
    constraint fk_profile_field_visibility_profile foreign key (account_id) references profiles (account_id) on delete cascade,
    constraint ck_profile_field_visibility_value check (visibility in ('PUBLIC', 'MEMBERS', 'CONNECTIONS', 'ONLY_ME'))
);
