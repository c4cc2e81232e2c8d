-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V30.
--
-- The places of the given people again (person_place_status), from their periods; the caller holds their locks.
create or replace function refresh_person_places(ids bigint[]) returns void language plpgsql as
$$
begin
    delete from person_place_status s where s.person_id = any (ids);
    insert into person_place_status (person_id, commune_id, status, valid_from, valid_to)
    select * from person_place_statuses(ids);
end
$$;
