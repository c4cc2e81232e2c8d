-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V23.
--
-- Bumps the register version once per transaction, at its commit (ADR 013): kept figures are looked up under
-- the version and are never served after a change to the tables they are computed from. Called by a deferred
-- constraint trigger <table>_bumps_version on each such table; constraint triggers cannot be replaced, so each is
-- created with its table in a versioned migration (V23 for the tables of that time).
-- Once per transaction: the row is locked only while the changing transaction commits, after all of its other locks,
-- so writers never deadlock on it.
create or replace function bump_register_version() returns trigger language plpgsql as $$
begin
    if current_setting('pcmt.register_bumped', true) = 'yes' then
        return null;
    end if;
    perform set_config('pcmt.register_bumped', 'yes', true);
    update register_version set version = version + 1 where id = 1;
    return null;
end
$$;
