-- Who was what, and where (ADR 015): for each active person, the periods in which they held a status while living in
-- a commune, the statuses read on a date (ADDICT_WITH_RECORD, ADDICT_WITHOUT_RECORD) and WITH_RECORD (a drug-use or
-- addiction record: under management, addicted, in rehab, after rehab or in substitution treatment) included. A
-- count of people by status in a unit on a date is then a range read of one index per commune it covers, instead of
-- joining residences and periods person by person. Kept in the same statement as the change to a person's periods,
-- residences or state (deleted, merged), under a lock on the person's row. Each event also carries the commune the
-- person lived in on its day, so that the flows over events read one index per commune a unit covers instead of
-- finding, event by event across the country, where each person lived; kept when an event is written or moved to
-- another person (a merge), and when the person's residences change.
create table person_place_status (
    person_id  bigint      not null references person (id),
    commune_id bigint      not null references admin_unit (id),
    status     varchar(40) not null,
    valid_from date        not null,
    valid_to   date,
    constraint person_place_status_period check (valid_to is null or valid_from <= valid_to)
);

create index person_place_status_commune on person_place_status (commune_id, valid_from)
    include (status, valid_to, person_id);
create index person_place_status_person on person_place_status (person_id);

-- The periods of the given people by commune, from person_status_span and person_residence. The periods of one
-- status are merged first (two management episodes that overlap make one period), so a person counts once per
-- status and commune on any date.
create function person_place_statuses(ids bigint[])
    returns table (person_id bigint, commune_id bigint, status varchar, valid_from date, valid_to date)
    language sql stable as
$$
with spans as (
    select s.person_id, s.status, daterange(s.valid_from, s.valid_to, '[]') as during
    from person_status_span s
    where s.person_id = any (ids)
),
held as (
    select s.person_id, s.status, range_agg(s.during) as during
    from spans s
    group by s.person_id, s.status
),
measures as (
    select s.person_id, range_agg(s.during) as during
    from spans s
    where s.status in ('UNDER_MANAGEMENT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION', 'IN_PRISON')
    group by s.person_id
),
records as (
    select s.person_id, range_agg(s.during) as during
    from spans s
    where s.status in ('UNDER_MANAGEMENT', 'ADDICT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION')
    group by s.person_id
),
statuses as (
    select h.person_id, h.status, h.during from held h
    union all
    select a.person_id, 'ADDICT_WITH_RECORD', a.during * coalesce(m.during, '{}'::datemultirange)
    from held a left join measures m on m.person_id = a.person_id
    where a.status = 'ADDICT'
    union all
    select a.person_id, 'ADDICT_WITHOUT_RECORD', a.during - coalesce(m.during, '{}'::datemultirange)
    from held a left join measures m on m.person_id = a.person_id
    where a.status = 'ADDICT'
    union all
    select r.person_id, 'WITH_RECORD', r.during from records r
),
places as (
    select r.person_id, r.commune_id, range_agg(daterange(r.valid_from, r.valid_to, '[]')) as during
    from person_residence r
    join person p on p.id = r.person_id
    where r.person_id = any (ids) and p.deleted_at is null and p.merged_into_id is null
    group by r.person_id, r.commune_id
)
select s.person_id, pl.commune_id, s.status::varchar, lower(x.during),
       case when upper_inf(x.during) then null else upper(x.during) - 1 end
from statuses s
join places pl on pl.person_id = s.person_id
cross join lateral unnest(s.during * pl.during) as x(during)
$$;

-- The periods of the given people again, statuses first then places, under a lock on each person's row (in id
-- order) so that two transactions changing one person compute one after the other, the second seeing the first's
-- change. V24 took an advisory lock per person instead: those fill PostgreSQL's shared lock table (64 per connection
-- by default), so an import of many thousands of people could fail with "out of shared memory"; row locks are kept
-- in the rows.
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

-- The places of the given people again, from their periods (the caller holds their locks).
create function refresh_person_places(ids bigint[]) returns void language plpgsql as
$$
begin
    delete from person_place_status s where s.person_id = any (ids);
    insert into person_place_status (person_id, commune_id, status, valid_from, valid_to)
    select * from person_place_statuses(ids);
end
$$;

alter table person_event add column commune_id bigint references admin_unit (id);

comment on column person_event.commune_id is
    'The commune of the person''s residence on event_date (the latest residence starting on or before it), kept by '
    'triggers; null when no residence covers the day.';

-- The commune a person lived in on a day; with overlapping residences (never written by PCMT), the latest to start.
create function residence_commune_on(pid bigint, d date) returns bigint language sql stable as
$$
select r.commune_id
from person_residence r
where r.person_id = pid and r.valid_from <= d and (r.valid_to is null or r.valid_to >= d)
order by r.valid_from desc, r.id desc
limit 1
$$;

create function person_event_place() returns trigger language plpgsql as
$$
begin
    new.commune_id := residence_commune_on(new.person_id, new.event_date);
    return new;
end
$$;

create trigger person_event_placed before insert or update of person_id, event_date on person_event
    for each row execute function person_event_place();

-- The places of the events of the given people again (after a change to their residences).
create function refresh_event_places(ids bigint[]) returns void language plpgsql as
$$
begin
    update person_event v set commune_id = residence_commune_on(v.person_id, v.event_date)
    where v.person_id = any (ids) and v.commune_id is distinct from residence_commune_on(v.person_id, v.event_date);
end
$$;

-- A residence added, changed or removed, or a person deleted, restored or merged: the places of those people (and,
-- for a residence, of their events).
create function person_places_changed() returns trigger language plpgsql as
$$
declare
    ids bigint[];
begin
    if tg_table_name = 'person' then
        ids := array(select n.id from new_rows n join old_rows o on o.id = n.id
                     where n.deleted_at is distinct from o.deleted_at
                        or n.merged_into_id is distinct from o.merged_into_id);
    elsif tg_op = 'INSERT' then
        ids := array(select distinct n.person_id from new_rows n);
    elsif tg_op = 'DELETE' then
        ids := array(select distinct o.person_id from old_rows o);
    else
        ids := array(select n.person_id from new_rows n union select o.person_id from old_rows o);
    end if;
    if cardinality(ids) = 0 then
        return null;
    end if;
    perform 1 from person p where p.id = any (ids) order by p.id for no key update;
    perform refresh_person_places(ids);
    if tg_table_name = 'person_residence' then
        perform refresh_event_places(ids);
    end if;
    return null;
end
$$;

create trigger person_residence_inserted_places after insert on person_residence referencing new table as new_rows
    for each statement execute function person_places_changed();
create trigger person_residence_updated_places after update on person_residence
    referencing new table as new_rows old table as old_rows
    for each statement execute function person_places_changed();
create trigger person_residence_deleted_places after delete on person_residence referencing old table as old_rows
    for each statement execute function person_places_changed();
create trigger person_state_changed_places after update on person
    referencing new table as new_rows old table as old_rows
    for each statement execute function person_places_changed();

insert into person_place_status (person_id, commune_id, status, valid_from, valid_to)
select * from person_place_statuses(array(select id from person));

analyze person_place_status;

-- Before the backfill: the backfill's deferred triggers (V23) forbid a CREATE INDEX after it in this transaction.
create index person_event_commune on person_event (commune_id, kind, event_date) include (person_id, service, result)
    where deleted_at is null;

update person_event v set commune_id = r.commune_id
from person_residence r
where r.person_id = v.person_id and r.valid_from <= v.event_date and (r.valid_to is null or r.valid_to >= v.event_date);

analyze person_event;
