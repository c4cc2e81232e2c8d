-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V30, V31 (live events only).
--
-- The places of the live events of the given people again (after a change to their residences). Only live events:
-- the person's index of events is partial (live events), and a restored event is placed again by its row trigger.
create or replace function refresh_event_places(ids bigint[]) returns void language plpgsql as
$$
begin
    update person_event v set commune_id = residence_commune_on(v.person_id, v.event_date)
    where v.person_id = any (ids)
      and v.deleted_at is null
      and v.commune_id is distinct from residence_commune_on(v.person_id, v.event_date);
end
$$;
