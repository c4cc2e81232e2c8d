-- Drug-free criteria sets as data (ADR 025): a province creates, copies and revises its own sets; the sets shipped
-- in V13 (Kon Tum 2024, Decision 28/2025) become templates (no province: read-only, copyable). A revision is never
-- changed: revising makes a new revision of the same code, so an assessment made under an old one keeps its
-- criteria. A set is for communes or for the province as a whole (a "drug-free province"). A criterion may be
-- judged from any metric of the catalogue with a comparison and a threshold (a share when it has a denominator).
alter table drugfree_criteria_set
    add column province_code varchar(2),
    add column level         varchar(10)  not null default 'COMMUNE' check (level in ('COMMUNE', 'PROVINCE')),
    add column valid_to      date,
    add column revision      int          not null default 1,
    add column revises_id    bigint references drugfree_criteria_set (id),
    add column copied_from_id bigint references drugfree_criteria_set (id),
    add column created_at    timestamptz  not null default now(),
    add column created_by    varchar(100),
    add column deleted_at    timestamptz,
    add column deleted_by    varchar(100),
    add constraint drugfree_criteria_set_period check (valid_to is null or valid_to >= valid_from);
alter table drugfree_criteria_set drop constraint drugfree_criteria_set_code_key;
create unique index drugfree_criteria_set_revision
    on drugfree_criteria_set (coalesce(province_code, ''), code, revision);
update drugfree_criteria_set set created_by = 'system' where province_code is null;

alter table drugfree_criterion
    add column metric_code varchar(80),
    add column denominator varchar(80),
    add column comparison  varchar(4),
    add constraint drugfree_criterion_metric check (
        (method = 'AUTO_METRIC') = (metric_code is not null)
        and (method <> 'AUTO_METRIC' or (comparison is not null and threshold is not null)));
