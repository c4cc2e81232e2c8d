-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V23; V81 (ADR 055: a version per province); V86 (ADR 063: the units changed, logged per version).
--
-- Raises the register versions at a transaction's commit (ADR 013, 055): kept figures are looked up under them and are
-- never served after a change to the tables they are computed from. Called by a deferred constraint trigger
-- <table>_bumps_version on each such table, for each changed row; constraint triggers cannot be replaced, so each is
-- created with its table in a versioned migration (V23 for the tables of that time).
-- For a table whose statements noted the provinces they changed (note_changed_provinces, pcmt.province_tables), the
-- versions of those provinces (province_register_version), once per transaction; for any other table, the version of
-- everything else (register_version), once per transaction.
-- The rows are locked only while the changing transaction commits, after all of its other locks, and the provinces in
-- id order, so writers never deadlock on them.
create or replace function bump_register_version() returns trigger language plpgsql as $$
declare
    noted text;
    units text;
begin
    if position(',' || TG_TABLE_NAME || ',' in coalesce(current_setting('pcmt.province_tables', true), '')) > 0 then
        if current_setting('pcmt.provinces_bumped', true) = 'yes' then
            return null;
        end if;
        perform set_config('pcmt.provinces_bumped', 'yes', true);
        noted := coalesce(current_setting('pcmt.changed_provinces', true), '');
        if noted <> '' then
            units := current_setting('pcmt.changed_units', true);
            -- each province raised, the units changed in it (V86, ADR 063: null when too many to list) and the tables written
            with raised as (
                insert into province_register_version as v (province_id, version)
                select p, 1 from unnest(string_to_array(noted, ',')::bigint[]) p order by p
                on conflict (province_id) do update set version = v.version + 1
                returning v.province_id, v.version)
            insert into province_register_change (province_id, version, units, tables)
            select province_id, version,
                   case when units is null or units = '*' then null
                        else string_to_array(units, ',')::bigint[] end,
                   -- the tables this transaction wrote in provinces (noted by their statement triggers; the people's
                   -- statuses, written by the triggers of the people's tables, have such triggers too)
                   string_to_array(trim(both ',' from current_setting('pcmt.province_tables', true)), ',')
            from raised;
            -- the log keeps the last 200 versions of each province raised
            delete from province_register_change c
            using unnest(string_to_array(noted, ',')::bigint[]) p
            join province_register_version v on v.province_id = p
            where c.province_id = p and c.version <= v.version - 200;
        end if;
        return null;
    end if;
    if current_setting('pcmt.register_bumped', true) = 'yes' then
        return null;
    end if;
    perform set_config('pcmt.register_bumped', 'yes', true);
    update register_version set version = version + 1 where id = 1;
    return null;
end
$$;
