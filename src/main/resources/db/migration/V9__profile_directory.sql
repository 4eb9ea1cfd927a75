-- The people directory filters by credential the way it filters by practice area, modality and
-- population (see V4): an EXISTS on (value, account_id), which this index answers on its own.
create index ix_profile_credentials_credential on profile_credentials (credential, account_id);
