-- Issue 17, ADR 037: an inspection that found drug use on the premises may refer to the hotspot (điểm, tụ điểm) of the
-- hotspot register found there. The hotspot belongs to another module: a plain id checked by the service through
-- hotspots.Hotspots (visible to the user, in the business's commune), no foreign key across modules.
alter table business_inspection add column hotspot_id bigint;
alter table business_inspection_aud add column hotspot_id bigint;
create index business_inspection_hotspot on business_inspection (hotspot_id)
    where hotspot_id is not null and deleted_at is null;
