-- V30 recomputed the commune of every event of a person whose residences changed, deleted events included, so the
-- update could not use the person's index of events (partial: live events only) and read the whole table: on the
-- national benchmark register, ~0.5 s for each residence written, and an import of 10,000 rows (17 s before V30)
-- took many minutes. Only live events are kept placed now; an event that is restored (deleted_at cleared) is placed
-- again by the row trigger, which now also fires on deleted_at.
create or replace function refresh_event_places(ids bigint[]) returns void language plpgsql as
$$
begin
    update person_event v set commune_id = residence_commune_on(v.person_id, v.event_date)
    where v.person_id = any (ids)
      and v.deleted_at is null
      and v.commune_id is distinct from residence_commune_on(v.person_id, v.event_date);
end
$$;

drop trigger person_event_placed on person_event;

create trigger person_event_placed before insert or update of person_id, event_date, deleted_at on person_event
    for each row execute function person_event_place();

comment on column person_event.commune_id is
    'The commune of the person''s residence on event_date (the latest residence starting on or before it), kept by '
    'triggers for live events (a deleted event is placed again when restored); null when no residence covers the day.';
