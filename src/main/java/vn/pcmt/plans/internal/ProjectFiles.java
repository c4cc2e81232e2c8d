package vn.pcmt.plans.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.plans.Plan;
import vn.pcmt.platform.RuleViolationException;

/** The projects of a plan as they travel in a plan file: written with agency codes, read back into a province. */
@Component
class ProjectFiles {

    private static final String CODE = "[\\p{L}0-9._-]{1,20}";

    private final PlanProjectRepository projects;
    private final AgencyService agencies;

    ProjectFiles(PlanProjectRepository projects, AgencyService agencies) {
        this.projects = projects;
        this.agencies = agencies;
    }

    List<ProjectSpec> export(Plan plan) {
        List<PlanProject> live = projects.findLive(plan.getId());
        Map<Long, String> codes = live.stream().collect(Collectors.toMap(PlanProject::getId, PlanProject::getCode));
        Function<Long, String> agencyCode =
                id -> agencies.find(id).map(Agency::getCode).orElse(null);
        return live.stream()
                .sorted((a, b) -> PlanProject.CODE_ORDER.compare(order(a, codes), order(b, codes)))
                .map(p -> new ProjectSpec(
                        p.getCode(),
                        p.getName(),
                        p.getParentId() == null ? null : codes.get(p.getParentId()),
                        p.getLeadAgencyId() == null ? null : agencyCode.apply(p.getLeadAgencyId()),
                        p.getCooperatingAgencyIds().stream()
                                .map(agencyCode)
                                .filter(Objects::nonNull)
                                .sorted()
                                .toList(),
                        p.getDescription()))
                .toList();
    }

    /**
     * Adds the file's projects to a new plan: projects first, then their sub-projects; agencies found by code among
     * the province's (none when it has no such agency). A bad project refuses the whole file.
     */
    void importInto(Plan plan, List<ProjectSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            return;
        }
        check(specs);
        Map<String, Long> byCode = agencies.list(plan.getProvinceCode()).stream()
                .collect(Collectors.toMap(a -> a.getCode().toUpperCase(Locale.ROOT), Agency::getId, (a, b) -> a));
        Function<String, Optional<Long>> agency =
                code -> Optional.ofNullable(code).map(c -> byCode.get(c.strip().toUpperCase(Locale.ROOT)));
        Map<String, Long> created = new java.util.HashMap<>();
        for (boolean subProjects : new boolean[] {false, true}) {
            for (ProjectSpec spec : specs) {
                if (isBlank(spec.parentCode()) == subProjects) {
                    continue;
                }
                Long parent = subProjects ? created.get(key(spec.parentCode())) : null;
                PlanProject project = projects.save(new PlanProject(
                        plan.getId(),
                        new PlanProjectForm(
                                spec.code(),
                                spec.name(),
                                parent,
                                agency.apply(spec.leadAgencyCode()).orElse(null),
                                spec.cooperatingAgencyCodes() == null
                                        ? List.of()
                                        : spec.cooperatingAgencyCodes().stream()
                                                .map(agency)
                                                .flatMap(Optional::stream)
                                                .toList(),
                                spec.description())));
                created.put(key(spec.code()), project.getId());
            }
        }
        projects.flush();
    }

    /** Codes present and unique, names present, sub-projects under a project of the file, one level deep. */
    private static void check(List<ProjectSpec> specs) {
        Set<String> seen = new HashSet<>();
        for (ProjectSpec spec : specs) {
            if (spec == null
                    || isBlank(spec.code())
                    || !spec.code().strip().matches(CODE)
                    || isBlank(spec.name())
                    || spec.name().strip().length() > 500
                    || (spec.description() != null && spec.description().strip().length() > 4000)) {
                throw new RuleViolationException("plan.import.projectInvalid", spec == null ? "" : spec.code());
            }
            if (!seen.add(key(spec.code()))) {
                throw new RuleViolationException("plan.project.codeTaken", spec.code());
            }
        }
        Set<String> topLevel = specs.stream()
                .filter(s -> isBlank(s.parentCode()))
                .map(s -> key(s.code()))
                .collect(Collectors.toSet());
        for (ProjectSpec spec : specs) {
            if (!isBlank(spec.parentCode()) && !topLevel.contains(key(spec.parentCode()))) {
                throw new RuleViolationException("plan.import.projectParentUnknown", spec.code(), spec.parentCode());
            }
        }
    }

    /** A sub-project sorts right after its project. */
    private static String order(PlanProject p, Map<Long, String> codes) {
        return p.getParentId() == null ? p.getCode() : codes.get(p.getParentId()) + " " + p.getCode();
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
