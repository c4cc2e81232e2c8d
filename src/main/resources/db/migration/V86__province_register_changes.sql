-- What each raise of a province's register version changed (ADR 063). At commit, bump_register_version() writes one
-- row per province raised: the new version, the units the transaction's statements changed rows in (the units
-- note_changed_provinces() found for them, before they were turned into provinces; null when there were too many to
-- list), and the tables the transaction wrote (pg_stat_xact_user_tables, the tables written by triggers included). A
-- figure kept under an older version of the province is used again when no table it was read from was written since,
-- and a figure of many units computes again only the units a change since touched (FigureCache), when every version
-- between is here. Rows older than the last 200 versions of a province are deleted by the same function.
create table province_register_change (
    province_id bigint   not null references admin_unit (id),
    version     bigint   not null,
    units       bigint[],
    tables      text[],
    primary key (province_id, version)
);
