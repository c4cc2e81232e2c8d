-- Agencies have validity dates: a department abolished or merged in the 2025 reorganisation (Decree 45/2025/NĐ-CP,
-- in force from 1/3/2025: Sở Lao động - Thương binh và Xã hội, Sở Thông tin và Truyền thông…) ends on its last day,
-- the department that took it over starts on its first, so that a plan of 2021 gives tasks to the agencies of 2021.
-- Null: in force since before PCMT knows / still in force. The code stays unique among live agencies of a province.
alter table agency add column valid_from date;
alter table agency add column valid_to date;
alter table agency add constraint agency_validity check (valid_from is null or valid_to is null or valid_from <= valid_to);

alter table agency_aud add column valid_from date;
alter table agency_aud add column valid_to date;
