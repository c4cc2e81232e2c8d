package vn.pcmt.localities.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.metrics.Metrics;
import vn.pcmt.platform.RuleViolationException;

/**
 * Drug-free criteria sets as data (ADR 025): the templates shipped with the application (read-only, copyable) and
 * each province's own sets, created, copied and revised by the province's police ({@code DRUGFREE_APPRAISE}). A
 * revision is never changed: revising a set adds its next revision, so a programme and the assessments made under
 * the former one keep it. A set is read by users who work in its province; templates by every signed-in user.
 */
@Service
@Transactional
public class CriteriaSets {

    private final DrugFreeQueries queries;
    private final UnitCoverage coverage;
    private final Metrics metrics;

    CriteriaSets(DrugFreeQueries queries, UnitCoverage coverage, Metrics metrics) {
        this.queries = queries;
        this.coverage = coverage;
        this.metrics = metrics;
    }

    /**
     * The templates and the sets of the province (of every province the caller works in when none is given: all of
     * them for a national user), each revision, in order of date.
     */
    @Transactional(readOnly = true)
    public List<CriteriaSet> list(String provinceCode) {
        if (provinceCode != null && !provinceCode.isBlank()) {
            String province = coverage.provinceWorkedIn(provinceCode).code();
            return queries.criteriaSets().stream()
                    .filter(s -> s.template() || s.provinceCode().equals(province))
                    .toList();
        }
        return queries.criteriaSets().stream().filter(this::readable).toList();
    }

    /** A template, or a set of a province the caller works in; another province's is refused. */
    @Transactional(readOnly = true)
    public CriteriaSet get(long id) {
        CriteriaSet set = queries.criteriaSet(id).orElseThrow();
        if (!set.template()) {
            coverage.provinceWorkedIn(set.provinceCode());
        }
        return set;
    }

    /** Whether a revision is the latest of its code (the one a new programme would choose, and the one revised). */
    @Transactional(readOnly = true)
    public boolean latest(CriteriaSet set) {
        return queries.criteriaSets().stream().noneMatch(s -> s.revisesId() != null && s.revisesId() == set.id());
    }

    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public CriteriaSet create(CriteriaSetForm form) {
        AdminUnit province = coverage.provinceCovered(form.provinceCode());
        check(form, province.code());
        String code = form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (queries.codeTaken(province.code(), code)) {
            throw RuleViolationException.onField("code", "criteriaSet.code.taken", code);
        }
        long id = queries.insertSet(
                form, province.code(), code, queries.nextRevision(province.code(), code), null, null, currentUser());
        return queries.criteriaSet(id).orElseThrow();
    }

    /** A copy of a template or of a set the caller reads, as a new set of the province under a new code. */
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public CriteriaSet copy(long id, String provinceCode, String code) {
        CriteriaSet source = get(id);
        CriteriaSetForm form = new CriteriaSetForm(
                provinceCode,
                code,
                source.name(),
                source.level(),
                source.validFrom(),
                source.validTo(),
                source.source(),
                source.confirmed(),
                source.criteria().stream().map(CriteriaSets::formOf).toList());
        AdminUnit province = coverage.provinceCovered(provinceCode);
        if (code == null || !code.strip().matches("[A-Za-z0-9._-]{1,40}")) {
            throw RuleViolationException.onField("code", "criteriaSet.code.pattern");
        }
        String newCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (queries.codeTaken(province.code(), newCode)) {
            throw RuleViolationException.onField("code", "criteriaSet.code.taken", newCode);
        }
        long copy = queries.insertSet(
                form,
                province.code(),
                newCode,
                queries.nextRevision(province.code(), newCode),
                null,
                id,
                currentUser());
        return queries.criteriaSet(copy).orElseThrow();
    }

    /**
     * The next revision of a province's own set (its latest): the revised name, dates, source and criteria under the
     * same code. The revision revised stays as it is, with the programmes and assessments that use it.
     */
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public CriteriaSet revise(long id, CriteriaSetForm form) {
        CriteriaSet current = get(id);
        if (current.template()) {
            throw new RuleViolationException("criteriaSet.template.readOnly");
        }
        coverage.provinceCovered(current.provinceCode());
        if (!latest(current)) {
            throw new RuleViolationException("criteriaSet.revise.notLatest", current.code(), current.revision());
        }
        if (form.provinceCode() != null && !form.provinceCode().strip().equals(current.provinceCode())) {
            throw RuleViolationException.onField("provinceCode", "criteriaSet.province.fixed");
        }
        check(form, current.provinceCode());
        long next = queries.insertSet(
                form,
                current.provinceCode(),
                current.code(),
                queries.nextRevision(current.provinceCode(), current.code()),
                current.id(),
                current.copiedFromId(),
                currentUser());
        return queries.criteriaSet(next).orElseThrow();
    }

    /** Deletes (softly) a province's set that no programme uses. */
    @PreAuthorize("hasAuthority('DRUGFREE_APPRAISE')")
    public void delete(long id) {
        CriteriaSet set = get(id);
        if (set.template()) {
            throw new RuleViolationException("criteriaSet.template.readOnly");
        }
        coverage.provinceCovered(set.provinceCode());
        if (queries.setUsed(id)) {
            throw new RuleViolationException("criteriaSet.used");
        }
        queries.deleteSet(id, currentUser());
    }

    /**
     * The rules of a set's criteria; an unknown metric is refused with the codes the province may use ({@code
     * accepted}: the registers' metrics and its manual figures).
     */
    private void check(CriteriaSetForm form, String provinceCode) {
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw RuleViolationException.onField("validTo", "period.invalid", form.validFrom(), form.validTo());
        }
        Set<String> codes = new HashSet<>();
        for (CriterionForm c : form.criteria()) {
            if (c == null
                    || c.code() == null
                    || c.method() == null
                    || c.text() == null
                    || c.text().isBlank()) {
                throw RuleViolationException.onField("criteria", "criterion.incomplete");
            }
            if (!codes.add(c.code().strip().toUpperCase(java.util.Locale.ROOT))) {
                throw RuleViolationException.onField("criteria", "criterion.code.duplicate", c.code());
            }
            if (c.method() == CriterionMethod.AUTO_METRIC) {
                if (c.metricCode() == null || c.comparison() == null || c.threshold() == null) {
                    throw RuleViolationException.onField("criteria", "criterion.metric.incomplete", c.code());
                }
                metrics.find(c.metricCode().strip())
                        .orElseThrow(() -> metrics.unknown("criteria", c.metricCode(), provinceCode));
                if (c.denominator() != null && !c.denominator().isBlank()) {
                    metrics.find(c.denominator().strip())
                            .orElseThrow(() -> metrics.unknown("criteria", c.denominator(), provinceCode));
                }
            } else if ((c.metricCode() != null && !c.metricCode().isBlank())
                    || (c.denominator() != null && !c.denominator().isBlank())
                    || c.comparison() != null) {
                throw RuleViolationException.onField("criteria", "criterion.metric.notAutomatic", c.code());
            }
        }
    }

    private static CriterionForm formOf(DrugFreeCriterion c) {
        return new CriterionForm(
                c.code(), c.text(), c.method(), c.metricCode(), c.denominator(), c.comparison(), c.threshold());
    }

    private boolean readable(CriteriaSet set) {
        return set.template() || coverage.worksIn(set.provinceCode());
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
