package vn.pcmt.geo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.internal.UnitAttribute;
import vn.pcmt.geo.internal.UnitAttributeForm;
import vn.pcmt.geo.internal.UnitAttributeRepository;
import vn.pcmt.geo.internal.UnitAttributeRow;
import vn.pcmt.geo.internal.UnitGroupForm;
import vn.pcmt.geo.internal.UnitGroupRepository;
import vn.pcmt.geo.internal.UnitQueries;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * Groups of units a province defines (border communes, communes on a trafficking route…) and the attributes units
 * carry over time (border, coastal, island…). A group is read by users who work in its province and changed by the
 * standing office of the province ({@code PLAN_EDIT}, as the plans that use it); an attribute is changed by a user
 * whose jurisdiction covers the unit with the same right. Which units a group holds on a date is {@link #unitsOn}.
 */
@Service
@Transactional
public class UnitGroups {

    private static final Comparator<UnitGroup> BY_NAME = VietnameseText.comparing(UnitGroup::getName);

    private final UnitGroupRepository groups;
    private final UnitAttributeRepository attributes;
    private final UnitQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    UnitGroups(
            UnitGroupRepository groups,
            UnitAttributeRepository attributes,
            UnitQueries queries,
            UnitService units,
            UnitCoverage coverage,
            Clock clock) {
        this.groups = groups;
        this.attributes = attributes;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    // --- groups

    /** The groups of a province the caller works in, by name in Vietnamese order. */
    @Transactional(readOnly = true)
    public List<UnitGroup> list(String provinceCode) {
        AdminUnit province = coverage.provinceWorkedIn(provinceCode);
        return groups.findLive(province.code()).stream().sorted(BY_NAME).toList();
    }

    /** A group of a province the caller works in; another province's is refused. */
    @Transactional(readOnly = true)
    public UnitGroup group(long id) {
        UnitGroup group = groups.findLive(id).orElseThrow();
        coverage.provinceWorkedIn(group.getProvinceCode());
        return group;
    }

    /** The units listed in a group (its list as entered; a group by attribute has none), in Vietnamese order. */
    @Transactional(readOnly = true)
    public List<AdminUnit> listed(long id) {
        return group(id).getUnitIds().stream()
                .map(unitId -> units.findById(unitId).orElseThrow())
                .sorted(VietnameseText.comparing(AdminUnit::fullName))
                .toList();
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public UnitGroup create(UnitGroupForm form) {
        AdminUnit province = coverage.provinceCovered(form.provinceCode());
        List<Long> members = checked(province, form, null);
        return groups.saveAndFlush(new UnitGroup(province.code(), form, members));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public UnitGroup update(long id, UnitGroupForm form) {
        UnitGroup group = editable(id, form.version());
        if (form.provinceCode() != null && !form.provinceCode().strip().equals(group.getProvinceCode())) {
            throw RuleViolationException.onField("provinceCode", "unitGroup.province.fixed");
        }
        AdminUnit province = coverage.provinceCovered(group.getProvinceCode());
        group.change(form, checked(province, form, id));
        return groups.saveAndFlush(group);
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void delete(long id, long version) {
        UnitGroup group = editable(id, version);
        group.delete(currentUser(), Instant.now(clock));
        groups.saveAndFlush(group);
    }

    /**
     * The units of the group in force on the date (none when the group is not in force then): those of the group's
     * province carrying its attribute on the date, or those of its list; only those covered by {@code withinCode}
     * when given (a commune looking at a group of its province). The caller may read the group.
     */
    @Transactional(readOnly = true)
    public List<AdminUnit> unitsOn(long groupId, String withinCode, LocalDate date) {
        UnitGroup group = group(groupId);
        if (!group.validOn(date)) {
            return List.of();
        }
        AdminUnit province = coverage.provinceWorkedIn(group.getProvinceCode());
        Long within = null;
        if (withinCode != null && !withinCode.equals(province.code())) {
            within = units.find(withinCode, LocalDate.now(clock))
                    .or(() -> units.find(withinCode, date))
                    .orElseThrow()
                    .id();
        }
        return queries.unitsOfGroup(
                group.getId(),
                group.getAttribute() == null ? null : group.getAttribute().name(),
                province.id(),
                within,
                date);
    }

    private List<Long> checked(AdminUnit province, UnitGroupForm form, Long exceptId) {
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw RuleViolationException.onField("validTo", "period.invalid", form.validFrom(), form.validTo());
        }
        if ((form.attribute() == null) == form.codes().isEmpty()) {
            throw RuleViolationException.onField("attribute", "unitGroup.attributeOrList");
        }
        if (groups.nameTaken(province.code(), VietnameseText.fold(VietnameseText.normalize(form.name())), exceptId)) {
            throw RuleViolationException.onField("name", "unitGroup.name.taken", form.name());
        }
        List<Long> members = new ArrayList<>();
        for (String code : form.codes()) {
            AdminUnit unit = units.find(code, form.validFrom())
                    .or(() -> units.find(code, LocalDate.now(clock)))
                    .filter(u -> u.level() != UnitLevel.PROVINCE)
                    .orElseThrow(() -> RuleViolationException.onField("unitCodes", "unitGroup.unit.unknown", code));
            if (!queries.covers(province.id(), unit.id())) {
                throw RuleViolationException.onField(
                        "unitCodes", "unitGroup.unit.otherProvince", unit.fullName(), province.fullName());
            }
            members.add(unit.id());
        }
        return members;
    }

    private UnitGroup editable(long id, Long version) {
        UnitGroup group = groups.findLive(id).orElseThrow();
        coverage.provinceCovered(group.getProvinceCode());
        if (version == null || version != group.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UnitGroup.class, id);
        }
        return group;
    }

    // --- attributes

    /** The attributes of the units of a province the caller works in (its units and their predecessors). */
    @Transactional(readOnly = true)
    public List<UnitAttributeRow> attributes(String provinceCode) {
        AdminUnit province = coverage.provinceWorkedIn(provinceCode);
        return attributes.findLiveCoveredBy(province.id()).stream()
                .map(this::row)
                .toList();
    }

    /** The attributes a unit carries or carried (reference data: any signed-in user reads them). */
    @Transactional(readOnly = true)
    public List<UnitAttributeRow> attributesOf(long unitId) {
        return attributes.findLiveByUnit(unitId).stream().map(this::row).toList();
    }

    @Transactional(readOnly = true)
    public UnitAttributeRow attribute(long id) {
        return row(attributes.findLive(id).orElseThrow());
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public UnitAttributeRow addAttribute(UnitAttributeForm form) {
        AdminUnit unit = units.find(form.unitCode().strip(), form.validFrom())
                .or(() -> units.find(form.unitCode().strip(), LocalDate.now(clock)))
                .orElseThrow(() ->
                        RuleViolationException.onField("unitCode", "unitAttribute.unit.unknown", form.unitCode()));
        coverage.check(unit.id());
        checkPeriod(form, unit.id(), null);
        return row(attributes.saveAndFlush(new UnitAttribute(unit.id(), form)));
    }

    /** Changes an attribute's dates or note (its unit and kind stay: another is a new attribute). */
    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public UnitAttributeRow updateAttribute(long id, UnitAttributeForm form) {
        UnitAttribute attribute = editableAttribute(id, form.version());
        if (form.attribute() != attribute.getAttribute()) {
            throw RuleViolationException.onField("attribute", "unitAttribute.kind.fixed");
        }
        if (!units.findById(attribute.getUnitId())
                .orElseThrow()
                .code()
                .equals(form.unitCode().strip())) {
            throw RuleViolationException.onField("unitCode", "unitAttribute.kind.fixed");
        }
        checkPeriod(form, attribute.getUnitId(), id);
        attribute.change(form);
        return row(attributes.saveAndFlush(attribute));
    }

    @PreAuthorize("hasAuthority('PLAN_EDIT')")
    public void deleteAttribute(long id, long version) {
        UnitAttribute attribute = editableAttribute(id, version);
        attribute.delete(currentUser(), Instant.now(clock));
        attributes.saveAndFlush(attribute);
    }

    private void checkPeriod(UnitAttributeForm form, long unitId, Long exceptId) {
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw RuleViolationException.onField("validTo", "period.invalid", form.validFrom(), form.validTo());
        }
        boolean overlaps = attributes.findLive(unitId, form.attribute()).stream()
                .filter(a -> !a.getId().equals(exceptId))
                .anyMatch(a -> !a.getValidFrom().isAfter(form.validTo() == null ? LocalDate.MAX : form.validTo())
                        && (a.getValidTo() == null || !a.getValidTo().isBefore(form.validFrom())));
        if (overlaps) {
            throw RuleViolationException.onField("validFrom", "unitAttribute.overlap");
        }
    }

    private UnitAttribute editableAttribute(long id, Long version) {
        UnitAttribute attribute = attributes.findLive(id).orElseThrow();
        coverage.check(attribute.getUnitId());
        if (version == null || version != attribute.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UnitAttribute.class, id);
        }
        return attribute;
    }

    private UnitAttributeRow row(UnitAttribute a) {
        AdminUnit unit = units.findById(a.getUnitId()).orElseThrow();
        return new UnitAttributeRow(
                a.getId(),
                unit.code(),
                unit.fullName(),
                a.getAttribute(),
                a.getValidFrom(),
                a.getValidTo(),
                a.getNote(),
                a.getVersion());
    }

    private static String currentUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
