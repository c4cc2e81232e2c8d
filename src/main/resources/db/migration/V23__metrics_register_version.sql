-- One number that changes with every committed change to the tables figures are computed from, so that kept
-- figures are looked up under it and are never served after a change (ADR 013).
create table register_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into register_version (id, version) values (1, 0);

-- Runs once per transaction, at its commit (a deferred constraint trigger): the row is locked only while the
-- changing transaction commits, after all of its other locks, so writers never deadlock on it.
create function bump_register_version() returns trigger language plpgsql as $$
begin
    if current_setting('pcmt.register_bumped', true) = 'yes' then
        return null;
    end if;
    perform set_config('pcmt.register_bumped', 'yes', true);
    update register_version set version = version + 1 where id = 1;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array[
        'admin_unit', 'unit_succession', 'unit_coverage', 'legal_rule',
        'person', 'person_residence', 'episode', 'person_event', 'person_transfer',
        'hotspot', 'hotspot_suspect',
        'key_locality', 'commune_year_figure', 'locality_threshold',
        'drugfree_programme', 'drugfree_commune', 'drugfree_step', 'drugfree_assessment',
        'manual_metric', 'manual_figure']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       ' deferrable initially deferred for each row execute function bump_register_version()',
                       t || '_bumps_version', t);
    end loop;
end
$$;
