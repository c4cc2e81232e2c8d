-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V24.
--
-- An episode inserted, changed or deleted: the statuses of its people again, in the same statement (ADR 014).
create or replace function episode_changed_statuses() returns trigger language plpgsql as
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

-- When it runs (CREATE OR REPLACE TRIGGER: PostgreSQL 14 and newer).
create or replace trigger episode_inserted_statuses after insert on episode referencing new table as new_rows
    for each statement execute function episode_changed_statuses();
create or replace trigger episode_updated_statuses after update on episode
    referencing new table as new_rows old table as old_rows
    for each statement execute function episode_changed_statuses();
create or replace trigger episode_deleted_statuses after delete on episode referencing old table as old_rows
    for each statement execute function episode_changed_statuses();
