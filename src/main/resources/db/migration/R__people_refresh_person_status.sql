-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V24, V30 (row locks instead of advisory locks; places too).
--
-- Recomputes the periods of the given people (person_status_span), statuses first then places, under a lock on
-- each person's row (in id order) so that two transactions changing one person compute one after the other, the
-- second seeing the first's change. Row locks, not advisory locks: those fill PostgreSQL's shared lock table (64 per
-- connection by default), so an import of many thousands of people could fail with "out of shared memory".
create or replace function refresh_person_status(ids bigint[]) returns void language plpgsql as
$$
begin
    perform 1 from person p where p.id = any (ids) order by p.id for no key update;
    delete from person_status_span s where s.person_id = any (ids);
    insert into person_status_span (person_id, status, valid_from, valid_to)
    select * from person_status_spans(ids);
    perform refresh_person_places(ids);
end
$$;
