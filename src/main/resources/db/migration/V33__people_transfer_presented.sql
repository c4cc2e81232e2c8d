-- Law 120/2025/QH15 (from 1/7/2026): a person who changes residence presents at the new commune's police within
-- 24 hours (rule RESIDENCE_CHANGE_PRESENTATION_DEADLINE). The receiving commune records the day on the move; a move
-- not presented in time is on both communes' work lists.
alter table person_transfer add column presented_on date;
alter table person_transfer add column presented_recorded_by varchar(100);
alter table person_transfer add constraint person_transfer_presented check (presented_on is null or presented_on >= move_date);
alter table person_transfer_aud add column presented_on date;
alter table person_transfer_aud add column presented_recorded_by varchar(100);

create index person_transfer_not_presented on person_transfer (move_date) where presented_on is null and status in ('PENDING', 'ACCEPTED');
