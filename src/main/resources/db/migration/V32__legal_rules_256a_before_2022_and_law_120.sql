-- Issue 14 (legal rules corrected by a lawyer):
-- 1. Penal Code art. 256a has four windows, each a dated rule: (a) within the term of rehab or of substitution
--    treatment, (b) within the term of post-rehab management, (c) within 2 years from the end of post-rehab
--    management, (d) within 2 years from quitting substitution treatment on one's own. The single
--    PENAL_256A_WINDOW row (which also counted drug-use management and completed rehab) becomes window (c).
--    A positive test keeps the window and the episode that opened it.
-- 2. Rules before 2022 (Law 23/2000 as amended by Law 16/2008, in force 1/1/2009; Decrees 94/2009, 221/2013),
--    shipped "to be confirmed". Where no rule is in force the officer enters the end by hand (episode mark).
-- 3. Law 120/2025/QH15 from 1/7/2026: the versions in force on 30/6/2026 end then and continue with the same
--    values, "to be confirmed"; new rules: presenting at the new commune within 24 hours of a change of residence,
--    and electronic monitoring.
-- Every change to legal_rule here is written to legal_rule_aud under one revision, as Envers would.
-- Existing flags are recomputed through the application at its next start (pending_recompute, Penal256aRecompute),
-- so that each changed flag gets its own audited revision.

alter table legal_rule drop constraint legal_rule_unit_check;
alter table legal_rule add constraint legal_rule_unit_check
    check (unit in ('HOURS', 'DAYS', 'WORKING_DAYS', 'MONTHS', 'YEARS', 'COUNT', 'PER_100000'));

do $$
declare
    rev      bigint := nextval('revinfo_seq');
    added    bigint[] := '{}';
    changed  bigint[] := '{}';
    ids      bigint[];
    c        text;
    law120   text[] := array[
        'DRUG_USE_MANAGEMENT_DURATION', 'ADDICTION_DETERMINATION_DEADLINE', 'VOLUNTARY_REHAB_REGISTRATION_DEADLINE',
        'VOLUNTARY_REHAB_MIN', 'VOLUNTARY_REHAB_MAX', 'COMPULSORY_REHAB_ADULT_MIN', 'COMPULSORY_REHAB_ADULT_MAX',
        'COMPULSORY_REHAB_MINOR_MIN', 'COMPULSORY_REHAB_MINOR_MAX', 'COMPULSORY_REHAB_MINOR_MIN_AGE', 'ADULT_AGE',
        'POST_REHAB_MANAGEMENT_DURATION'];
begin
    insert into revinfo (rev, revtstmp, username) values (rev, now(), 'migration V32');
    insert into revchanges (rev, entityname) values (rev, 'vn.pcmt.legal.LegalRule');

    -- 1. Article 256a: the old single window is window (c); (a), (b) and (d) are added with the same dates.
    with x as (
        update legal_rule
        set code = 'PENAL_256A_AFTER_POST_REHAB',
            note = 'Khoản c: sử dụng trái phép chất ma túy trong thời hạn 02 năm kể từ ngày chấp hành xong (hết thời hạn) quản lý sau cai nghiện'
        where code = 'PENAL_256A_WINDOW'
        returning id)
    select coalesce(array_agg(id), '{}') into ids from x;
    changed := changed || ids;

    with x as (
        insert into legal_rule (code, amount, unit, effective_from, effective_to, source, confidence, confirmed, note)
        select v.code, v.amount, v.unit, r.effective_from, r.effective_to, r.source, r.confidence, true, v.note
        from legal_rule r
        cross join (values
            ('PENAL_256A_IN_REHAB_OR_SUBSTITUTION', 0, 'DAYS',
             'Khoản a: sử dụng trái phép chất ma túy trong thời hạn cai nghiện (tự nguyện hoặc bắt buộc) hoặc điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế (giá trị: số ngày sau khi kết thúc)'),
            ('PENAL_256A_IN_POST_REHAB', 0, 'DAYS',
             'Khoản b: sử dụng trái phép chất ma túy trong thời hạn quản lý sau cai nghiện (giá trị: số ngày sau khi kết thúc)'),
            ('PENAL_256A_AFTER_QUITTING_SUBSTITUTION', 2, 'YEARS',
             'Khoản d: sử dụng trái phép chất ma túy trong thời hạn 02 năm kể từ ngày tự ý chấm dứt điều trị nghiện bằng thuốc thay thế')
        ) as v (code, amount, unit, note)
        where r.code = 'PENAL_256A_AFTER_POST_REHAB'
        returning id)
    select coalesce(array_agg(id), '{}') into ids from x;
    added := added || ids;

    -- 2. Before 2022: Law 23/2000 as amended by Law 16/2008 (from 1/1/2009), not confirmed.
    with x as (
        insert into legal_rule (code, amount, unit, effective_from, effective_to, source, confidence, confirmed, note)
        select v.code, v.amount, v.unit, date '2009-01-01', date '2021-12-31', v.source, 'LOW', false, v.note
        from (values
            ('DRUG_USE_MANAGEMENT_DURATION', 1, 'YEARS', 'Luật Phòng, chống ma túy 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 94/2009/NĐ-CP; Nghị định 221/2013/NĐ-CP',
             'Quản lý tại xã, phường trước năm 2022: chưa xác nhận, quản trị viên cần kiểm tra (mặc định như năm 2022)'),
            ('ADDICTION_DETERMINATION_DEADLINE', 5, 'WORKING_DAYS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Thông tư liên tịch 17/2015/TTLT-BLĐTBXH-BYT-BCA',
             'Thời hạn xác định tình trạng nghiện trước năm 2022: chưa xác nhận (mặc định như năm 2022)'),
            ('VOLUNTARY_REHAB_REGISTRATION_DEADLINE', 5, 'WORKING_DAYS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 94/2009/NĐ-CP',
             'Đăng ký cai nghiện tự nguyện trước năm 2022: chưa xác nhận (mặc định như năm 2022)'),
            ('VOLUNTARY_REHAB_MIN', 6, 'MONTHS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 94/2009/NĐ-CP',
             'Cai nghiện tự nguyện tại gia đình, cộng đồng trước năm 2022: tối thiểu, chưa xác nhận'),
            ('VOLUNTARY_REHAB_MAX', 12, 'MONTHS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 94/2009/NĐ-CP',
             'Cai nghiện tự nguyện trước năm 2022: tối đa, chưa xác nhận'),
            ('COMPULSORY_REHAB_ADULT_MIN', 1, 'YEARS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 221/2013/NĐ-CP',
             'Cai nghiện bắt buộc người thành niên trước năm 2022: từ 01 năm, chưa xác nhận'),
            ('COMPULSORY_REHAB_ADULT_MAX', 2, 'YEARS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 221/2013/NĐ-CP',
             'Cai nghiện bắt buộc người thành niên trước năm 2022: đến 02 năm, chưa xác nhận'),
            ('COMPULSORY_REHAB_MINOR_MIN', 6, 'MONTHS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12',
             'Người từ đủ 12 đến dưới 18 tuổi trước năm 2022: tối thiểu, chưa xác nhận'),
            ('COMPULSORY_REHAB_MINOR_MAX', 12, 'MONTHS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12',
             'Người từ đủ 12 đến dưới 18 tuổi trước năm 2022: tối đa, chưa xác nhận'),
            ('COMPULSORY_REHAB_MINOR_MIN_AGE', 12, 'YEARS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12',
             'Tuổi thấp nhất áp dụng cai nghiện bắt buộc trước năm 2022: chưa xác nhận'),
            ('ADULT_AGE', 18, 'YEARS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12',
             'Tuổi áp dụng cai nghiện bắt buộc người thành niên trước năm 2022: chưa xác nhận'),
            ('POST_REHAB_MANAGEMENT_DURATION', 1, 'YEARS', 'Luật 23/2000/QH10, sửa đổi bởi Luật 16/2008/QH12; Nghị định 94/2009/NĐ-CP',
             'Quản lý sau cai nghiện trước năm 2022: từ 01 đến 02 năm theo quyết định; mặc định 01 năm, chưa xác nhận')
        ) as v (code, amount, unit, source, note)
        where not exists (select 1 from legal_rule r where r.code = v.code and r.effective_from < date '2022-01-01')
        returning id)
    select coalesce(array_agg(id), '{}') into ids from x;
    added := added || ids;

    -- 3. Law 120/2025/QH15 from 1/7/2026: same values as in force on 30/6/2026, to be confirmed.
    foreach c in array law120 loop
        continue when exists (select 1 from legal_rule r where r.code = c and r.effective_from >= date '2026-07-01');
        with x as (
            insert into legal_rule (code, amount, unit, effective_from, source, confidence, confirmed, note)
            select r.code, r.amount, r.unit, date '2026-07-01', 'Luật Phòng, chống ma túy 120/2025/QH15', 'LOW', false,
                   'Luật 120/2025/QH15 chưa được xác nhận là thay đổi giá trị: giữ giá trị đang áp dụng, quản trị viên cần kiểm tra'
            from legal_rule r
            where r.code = c and r.effective_from <= date '2026-06-30'
              and (r.effective_to is null or r.effective_to >= date '2026-06-30')
            returning id)
        select coalesce(array_agg(id), '{}') into ids from x;
        added := added || ids;
        with x as (
            update legal_rule r set effective_to = date '2026-06-30'
            where r.code = c and r.effective_from <= date '2026-06-30'
              and (r.effective_to is null or r.effective_to > date '2026-06-30')
            returning id)
        select coalesce(array_agg(id), '{}') into ids from x;
        changed := changed || ids;
    end loop;

    with x as (
        insert into legal_rule (code, amount, unit, effective_from, source, confidence, confirmed, note)
        values
            ('RESIDENCE_CHANGE_PRESENTATION_DEADLINE', 24, 'HOURS', date '2026-07-01', 'Luật Phòng, chống ma túy 120/2025/QH15', 'MEDIUM', true,
             'Người sử dụng trái phép chất ma túy thay đổi nơi cư trú phải trình diện Công an xã nơi đến trong 24 giờ'),
            ('ELECTRONIC_MONITORING', 0, 'DAYS', date '2026-07-01', 'Luật Phòng, chống ma túy 120/2025/QH15', 'LOW', false,
             'Trưởng Công an xã quyết định giám sát điện tử người đang cai nghiện tự nguyện tại gia đình, cộng đồng, điều trị thay thế hoặc quản lý sau cai nghiện; giám sát kết thúc chậm nhất khi biện pháp đó kết thúc (giá trị: số ngày sau đó), chưa xác nhận')
        returning id)
    select coalesce(array_agg(id), '{}') into ids from x;
    added := added || ids;

    insert into legal_rule_aud (id, rev, revtype, code, amount, unit, effective_from, effective_to, source, confidence, confirmed, note)
    select r.id, rev, case when r.id = any (added) then 0 else 1 end, r.code, r.amount, r.unit, r.effective_from,
           r.effective_to, r.source, r.confidence, r.confirmed, r.note
    from legal_rule r
    where r.id = any (added) or r.id = any (changed);
end
$$;

-- The window of art. 256a and the episode that opened it, on each flagged positive test.
alter table person_event add column flag_256a_window varchar(40);
alter table person_event add column flag_256a_episode_id bigint references episode (id);
alter table person_event_aud add column flag_256a_window varchar(40);
alter table person_event_aud add column flag_256a_episode_id bigint;

-- An episode dated when no legal rule was in force: its end was entered by the officer.
alter table episode add column planned_end_by_hand boolean not null default false;
alter table episode_aud add column planned_end_by_hand boolean;

-- Work the application does once at its next start, through its services (audited like any change).
create table pending_recompute (
    name         varchar(60)  primary key,
    reason       varchar(300) not null,
    requested_at timestamptz  not null default now()
);
insert into pending_recompute (name, reason)
values ('PENAL_256A_FLAGS', 'V32: bốn khoản của Điều 256a; quản lý người sử dụng và cai nghiện tự nguyện đã hoàn thành không còn được đánh dấu');
