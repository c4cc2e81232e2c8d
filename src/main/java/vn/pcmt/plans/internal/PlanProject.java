package vn.pcmt.plans.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import vn.pcmt.platform.Part;
import vn.pcmt.platform.SoftDeleted;
import vn.pcmt.text.VietnameseText;

/**
 * A project (dự án) of a plan, such as the National Target Programme's "Dự án 1", or a sub-project (tiểu dự án) of
 * one: its lead and cooperating agencies of the plan's province. Its money is in its budget lines. Deleted softly.
 */
@Entity
@Audited
public class PlanProject extends SoftDeleted implements Part {

    /** Codes in the order people count them: DA2 before DA10, DA7.2 before DA7.10. */
    public static final Comparator<String> CODE_ORDER = PlanProject::compareCodes;

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long planId;

    private Long parentId;

    private String code;

    private String name;

    private Long leadAgencyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_project_agency", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "agency_id")
    private Set<Long> cooperatingAgencyIds = new LinkedHashSet<>();

    private String description;

    @Version
    private long version;

    protected PlanProject() {}

    PlanProject(long planId, PlanProjectForm form) {
        this.planId = planId;
        apply(form);
    }

    void apply(PlanProjectForm form) {
        this.code = form.code().strip().toUpperCase(Locale.ROOT);
        this.name = VietnameseText.normalize(form.name());
        this.parentId = form.parentId();
        this.leadAgencyId = form.leadAgencyId();
        this.cooperatingAgencyIds.clear();
        this.cooperatingAgencyIds.addAll(form.cooperating());
        if (form.leadAgencyId() != null) {
            this.cooperatingAgencyIds.remove(form.leadAgencyId());
        }
        this.description = VietnameseText.clean(form.description());
    }

    @Override
    public void delete(String by, Instant at) {
        markDeleted(by, at);
    }

    public PlanProjectForm toForm() {
        return new PlanProjectForm(code, name, parentId, leadAgencyId, List.copyOf(cooperatingAgencyIds), description);
    }

    public boolean isSubProject() {
        return parentId != null;
    }

    private static int compareCodes(String a, String b) {
        Matcher x = CHUNK.matcher(a.toUpperCase(Locale.ROOT));
        Matcher y = CHUNK.matcher(b.toUpperCase(Locale.ROOT));
        while (x.find()) {
            if (!y.find()) {
                return 1;
            }
            String p = x.group();
            String q = y.group();
            int c = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))
                    ? new java.math.BigInteger(p).compareTo(new java.math.BigInteger(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return y.find() ? -1 : 0;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    @Override
    public long partOf() {
        return getPlanId();
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getLeadAgencyId() {
        return leadAgencyId;
    }

    public Set<Long> getCooperatingAgencyIds() {
        return Set.copyOf(cooperatingAgencyIds);
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
