-- Facilities as places and jurisdictions (issue 18 items 1-2, issue 16 item 6, ADR 043).
-- A legal episode names the facility it is placed at: a rehab episode its rehab facility (admission, transfer,
-- discharge), an addiction determination the health station that made it. Occupancy is counted from these rows.
alter table episode add column facility_id bigint references facility (id);
alter table episode_aud add column facility_id bigint;
create index episode_facility on episode (facility_id, start_date) where facility_id is not null and deleted_at is null;

-- A user may work at a facility: a rehab facility's staff have it as their jurisdiction, a health worker's station
-- names the determinations they record.
alter table user_account add column facility_id bigint references facility (id);
alter table user_account_aud add column facility_id bigint;

-- A report may be a facility's (reporters FACILITIES): its unit stays the commune the facility lies in.
alter table report add column facility_id bigint references facility (id);
alter table report_aud add column facility_id bigint;
alter table reporting_regime drop constraint if exists reporting_regime_reporters_check;
alter table reporting_regime add constraint reporting_regime_reporters_check
    check (reporters in ('COMMUNES', 'DISTRICTS', 'DEPARTMENTS', 'PROVINCE', 'FACILITIES'));
