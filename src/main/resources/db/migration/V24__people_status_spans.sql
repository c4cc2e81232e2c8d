-- A person's statuses as periods: the one definition of what a person is on a date (ADR 014). Kept by triggers on
-- episode in the same statement as the change, so a status on a date is read from an index instead of being
-- derived from every episode at each question; figures, lists and the person page all read it.
create table person_status_span (
    person_id  bigint      not null references person (id),
    status     varchar(40) not null,
    valid_from date        not null,
    valid_to   date,
    constraint person_status_span_period check (valid_to is null or valid_from <= valid_to)
);

create index person_status_span_person on person_status_span (person_id, valid_from) include (status, valid_to);

-- The statuses of the given people (every person when null), from their episodes:
--  * an episode other than a determination gives its status from its start to its recorded end or, when none is
--    recorded, to the end the law gave it (planned end); open when neither;
--  * a rehab gives also its form (IN_REHAB_<form>);
--  * an addiction determination with result ADDICTED makes the person an addict from its date until the day before
--    a later determination (the latest one on a date counts; the same date: the one recorded last) or the day before a
--    rehab completed on or after it.
-- ADDICT_WITH_RECORD / ADDICT_WITHOUT_RECORD are read on a date from these (see Classification).
create function person_status_spans(ids bigint[])
    returns table (person_id bigint, status varchar, valid_from date, valid_to date)
    language sql stable as
$$
select x.person_id, x.status, x.valid_from, x.valid_to
from (
    select e.person_id,
           case e.kind
               when 'DRUG_USE_MANAGEMENT' then 'UNDER_MANAGEMENT'
               when 'REHAB' then 'IN_REHAB'
               when 'POST_REHAB_MANAGEMENT' then 'AFTER_REHAB'
               when 'SUBSTITUTION_TREATMENT' then 'IN_SUBSTITUTION'
               when 'PRISON' then 'IN_PRISON'
               when 'FLAG' then case e.form when 'PSYCHOSIS' then 'HIGH_RISK' else e.form end
           end::varchar as status,
           e.start_date as valid_from,
           coalesce(e.end_date, e.planned_end_date) as valid_to
    from episode e
    where e.deleted_at is null and e.kind <> 'ADDICTION_DETERMINATION' and (ids is null or e.person_id = any (ids))
    union all
    select e.person_id, ('IN_REHAB_' || e.form)::varchar, e.start_date, coalesce(e.end_date, e.planned_end_date)
    from episode e
    where e.deleted_at is null and e.kind = 'REHAB' and e.form is not null and (ids is null or e.person_id = any (ids))
    union all
    select d.person_id, 'ADDICT'::varchar, d.end_date, least(d.next_end - 1, d.completed - 1)
    from (
        select e.person_id, e.result, e.end_date,
               lead(e.end_date) over (partition by e.person_id order by e.end_date, e.id) as next_end,
               (select min(r.end_date) from episode r
                where r.person_id = e.person_id and r.deleted_at is null and r.kind = 'REHAB'
                  and r.end_reason = 'COMPLETED' and r.end_date >= e.end_date) as completed
        from episode e
        where e.deleted_at is null and e.kind = 'ADDICTION_DETERMINATION' and e.result is not null
          and e.end_date is not null and (ids is null or e.person_id = any (ids))
    ) d
    where d.result = 'ADDICTED'
) x
where x.status is not null and (x.valid_to is null or x.valid_from <= x.valid_to)
$$;

-- Recomputes the statuses of the given people. Takes a lock per person first (in id order), so that two
-- transactions changing the same person's episodes compute one after the other, the second seeing the first's.
create function refresh_person_status(ids bigint[]) returns void language plpgsql as
$$
declare
    pid bigint;
begin
    for pid in select distinct u from unnest(ids) u where u is not null order by u loop
        perform pg_advisory_xact_lock(7381, (pid % 2147483647)::int);
    end loop;
    delete from person_status_span s where s.person_id = any (ids);
    insert into person_status_span (person_id, status, valid_from, valid_to)
    select * from person_status_spans(ids);
end
$$;

create function episode_changed_statuses() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform refresh_person_status(array(select distinct n.person_id from new_rows n));
    elsif tg_op = 'DELETE' then
        perform refresh_person_status(array(select distinct o.person_id from old_rows o));
    else
        perform refresh_person_status(array(select n.person_id from new_rows n union select o.person_id from old_rows o));
    end if;
    return null;
end
$$;

create trigger episode_inserted_statuses after insert on episode referencing new table as new_rows
    for each statement execute function episode_changed_statuses();
create trigger episode_updated_statuses after update on episode referencing new table as new_rows old table as old_rows
    for each statement execute function episode_changed_statuses();
create trigger episode_deleted_statuses after delete on episode referencing old table as old_rows
    for each statement execute function episode_changed_statuses();

insert into person_status_span (person_id, status, valid_from, valid_to)
select * from person_status_spans(null);
