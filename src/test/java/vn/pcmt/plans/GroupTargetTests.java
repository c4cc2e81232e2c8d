package vn.pcmt.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.access.Role;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitGroup;
import vn.pcmt.geo.UnitGroups;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.internal.UnitAttributeForm;
import vn.pcmt.geo.internal.UnitAttributeKind;
import vn.pcmt.geo.internal.UnitAttributeRow;
import vn.pcmt.geo.internal.UnitGroupForm;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.metrics.KeptRegisters;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTarget;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.plans.internal.TargetLevel;
import vn.pcmt.plans.internal.UnitProgress;
import vn.pcmt.platform.RuleViolationException;

/**
 * Groups of units of Quảng Ngãi (which took in Kon Tum on 1/7/2025) and targets on them: the real border communes
 * of the former Kon Tum on the borders with Laos and Cambodia (Đăk Plô, Đăk Long, Bờ Y, Dục Nông; Mô Rai and Ia
 * Tơi), an attribute with its validity, and a target on the group as one unit (a share of its communes recognised
 * drug-free) and on each unit of the group, judged from the registers.
 */
@PcmtTest
class GroupTargetTests {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    static final List<String> BORDER = List.of("23344", "23368", "23377", "23383");

    @Autowired
    TestClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UnitService units;

    @Autowired
    UnitGroups groups;

    @Autowired
    PlanService plans;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.pcmt.metrics.internal.RegisterStarts starts;

    @BeforeEach
    void accounts() {
        clock.setToday(TODAY);
        accounts.create("qn_tinh", Role.PROVINCIAL_OFFICE, unit("51").id(), null);
        accounts.create("dn_tinh", Role.PROVINCIAL_OFFICE, unit("48").id(), null);
        accounts.create("qn_bo_y", Role.COMMUNE_POLICE, unit("23377").id(), null);
        fixture.signIn("qn_tinh");
        // Quảng Ngãi keeps its registers: what these tests record counts, not "no data" (ADR 030)
        KeptRegisters.keep(jdbc, "51", TODAY, LocalDate.of(2015, 1, 1));
    }

    @AfterEach
    void signOut() {
        KeptRegisters.forget(jdbc, "51");
        fixture.signOut();
    }

    AdminUnit unit(String code) {
        return units.find(code, TODAY).orElseThrow();
    }

    static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    UnitGroup borderGroup(String name) {
        return groups.create(new UnitGroupForm(
                "51", name, "Giáp Lào, Campuchia", null, BORDER, LocalDate.of(2025, 7, 1), null, null));
    }

    @Test
    void a_group_is_created_changed_with_its_version_and_deleted_softly_with_its_history() {
        String name = unique("Xã biên giới");
        UnitGroup group = borderGroup(name);
        assertThat(groups.listed(group.getId()))
                .extracting(AdminUnit::code)
                .containsExactlyInAnyOrderElementsOf(BORDER);
        assertThat(groups.list("51")).extracting(UnitGroup::getName).contains(name);

        // the same name again, a list and an attribute at once, a commune of another province: refused
        assertThatThrownBy(() -> borderGroup(name)).hasMessageContaining("unitGroup.name.taken");
        assertThatThrownBy(() -> groups.create(new UnitGroupForm(
                        "51", unique("Cả hai"), null, UnitAttributeKind.BORDER, BORDER, TODAY, null, null)))
                .hasMessageContaining("unitGroup.attributeOrList");
        assertThatThrownBy(() -> groups.create(
                        new UnitGroupForm("51", unique("Không có gì"), null, null, List.of(), TODAY, null, null)))
                .hasMessageContaining("unitGroup.attributeOrList");
        assertThatThrownBy(() -> groups.create(new UnitGroupForm(
                        "51", unique("Lạc tỉnh"), null, null, List.of("23377", "20194"), TODAY, null, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("unitGroup.unit.otherProvince");

        UnitGroup changed = groups.update(
                group.getId(),
                new UnitGroupForm(
                        "51",
                        name,
                        null,
                        null,
                        List.of("23377", "23383"),
                        LocalDate.of(2025, 7, 1),
                        null,
                        group.getVersion()));
        assertThat(groups.listed(group.getId())).extracting(AdminUnit::code).containsExactly("23377", "23383");
        // a second writer with the version read before the change is told, not overwritten
        assertThatThrownBy(() -> groups.update(
                        group.getId(),
                        new UnitGroupForm(
                                "51", name, null, null, BORDER, LocalDate.of(2025, 7, 1), null, group.getVersion())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        // another province's office neither reads nor changes it
        fixture.signIn("dn_tinh");
        assertThatThrownBy(() -> groups.group(group.getId())).isInstanceOf(OutsideJurisdictionException.class);
        assertThatThrownBy(() -> groups.delete(group.getId(), changed.getVersion()))
                .isInstanceOf(OutsideJurisdictionException.class);
        // a commune of the province reads it (its plans use it) but does not change it
        fixture.signIn("qn_bo_y");
        assertThat(groups.group(group.getId()).getName()).isEqualTo(name);
        assertThatThrownBy(() -> groups.delete(group.getId(), changed.getVersion()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        fixture.signIn("qn_tinh");
        groups.delete(group.getId(), changed.getVersion());
        assertThat(groups.list("51")).extracting(UnitGroup::getName).doesNotContain(name);
        assertThat(jdbc.sql("select deleted_by from unit_group where id = :id")
                        .param("id", group.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("qn_tinh");
        assertThat(jdbc.sql("select count(*) from unit_group_aud where id = :id")
                        .param("id", group.getId())
                        .query(Long.class)
                        .single())
                .as("created, changed, deleted: three revisions")
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from unit_group_member_aud where group_id = :id")
                        .param("id", group.getId())
                        .query(Long.class)
                        .single())
                .as("the list's history")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_group_by_attribute_holds_the_units_carrying_it_on_each_date() {
        // Mô Rai borders Cambodia since always; Ia Tơi recorded as border from 1/1/2026 to 31/3/2026 (a test period)
        UnitAttributeRow moRai = groups.addAttribute(new UnitAttributeForm(
                "23536", UnitAttributeKind.BORDER, LocalDate.of(2025, 7, 1), null, "Giáp Campuchia", null));
        UnitAttributeRow iaToi = groups.addAttribute(new UnitAttributeForm(
                "23538", UnitAttributeKind.BORDER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null));
        groups.addAttribute(new UnitAttributeForm(
                "21548", UnitAttributeKind.ISLAND, LocalDate.of(2025, 7, 1), null, "Đặc khu Lý Sơn", null));
        assertThatThrownBy(() -> groups.addAttribute(new UnitAttributeForm(
                        "23538", UnitAttributeKind.BORDER, LocalDate.of(2026, 3, 1), null, null, null)))
                .hasMessageContaining("unitAttribute.overlap");
        assertThatThrownBy(() -> groups.addAttribute(new UnitAttributeForm(
                        "23538",
                        UnitAttributeKind.COASTAL,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 2, 1),
                        null,
                        null)))
                .hasMessageContaining("period.invalid");

        UnitGroup border = groups.create(new UnitGroupForm(
                "51",
                unique("Xã biên giới theo thuộc tính"),
                null,
                UnitAttributeKind.BORDER,
                null,
                LocalDate.of(2025, 7, 1),
                null,
                null));
        // other tests may mark other communes as border: look only at these two
        List<String> onNewYearsEve = codes(groups.unitsOn(border.getId(), null, LocalDate.of(2025, 12, 31)));
        List<String> inFebruary = codes(groups.unitsOn(border.getId(), null, LocalDate.of(2026, 2, 15)));
        List<String> inMay = codes(groups.unitsOn(border.getId(), null, LocalDate.of(2026, 5, 1)));
        assertThat(onNewYearsEve).contains("23536").doesNotContain("23538", "21548");
        assertThat(inFebruary).contains("23536", "23538").doesNotContain("21548");
        assertThat(inMay).contains("23536").doesNotContain("23538");
        assertThat(groups.unitsOn(border.getId(), null, LocalDate.of(2025, 6, 30)))
                .as("before the group is in force")
                .isEmpty();
        // within a commune: only that commune
        assertThat(codes(groups.unitsOn(border.getId(), "23536", LocalDate.of(2026, 2, 15))))
                .containsExactly("23536");

        // ending Ia Tơi's attribute earlier changes the group of February; a stale version is refused
        groups.updateAttribute(
                iaToi.id(),
                new UnitAttributeForm(
                        "23538",
                        UnitAttributeKind.BORDER,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 31),
                        null,
                        iaToi.version()));
        assertThat(codes(groups.unitsOn(border.getId(), null, LocalDate.of(2026, 2, 15))))
                .doesNotContain("23538");
        assertThatThrownBy(() -> groups.deleteAttribute(iaToi.id(), iaToi.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(groups.attributes("51"))
                .extracting(UnitAttributeRow::unitCode)
                .contains("23536", "23538", "21548");
        groups.deleteAttribute(moRai.id(), moRai.version());
        assertThat(codes(groups.unitsOn(border.getId(), null, LocalDate.of(2026, 2, 15))))
                .doesNotContain("23536");

        fixture.signIn("dn_tinh");
        assertThatThrownBy(() -> groups.addAttribute(
                        new UnitAttributeForm("23377", UnitAttributeKind.COASTAL, TODAY, null, null, null)))
                .isInstanceOf(OutsideJurisdictionException.class);
    }

    @Test
    void a_target_on_the_border_communes_is_judged_as_a_share_of_the_group_and_on_each_of_its_communes() {
        UnitGroup border = borderGroup(unique("Xã biên giới Kon Tum cũ"));
        Plan plan = plans.create(new PlanForm(
                "51",
                "99/KH-UBND " + System.nanoTime(),
                "Kế hoạch phòng, chống ma túy năm 2026 tại các xã biên giới",
                "UBND tỉnh Quảng Ngãi",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null));
        LocalDate due = LocalDate.of(2026, 6, 30);
        PlanTarget share = plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "BG1",
                        "Ít nhất 50% xã biên giới được công nhận không ma túy",
                        "drugfree.recognised",
                        TargetForm.SHARE,
                        "units.communes",
                        Comparison.GE,
                        new BigDecimal("50"),
                        false,
                        due,
                        TargetLevel.GROUP,
                        border.getId()));
        PlanTarget each = plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "BG2",
                        "Mỗi xã biên giới được công nhận không ma túy",
                        "drugfree.recognised",
                        TargetForm.VALUE,
                        null,
                        Comparison.GE,
                        BigDecimal.ONE,
                        false,
                        due,
                        TargetLevel.EACH_IN_GROUP,
                        border.getId()));
        PlanTarget count = plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "BG3",
                        "Số xã biên giới",
                        "units.communes",
                        TargetForm.VALUE,
                        null,
                        Comparison.EQ,
                        new BigDecimal("4"),
                        false,
                        due,
                        TargetLevel.GROUP,
                        border.getId()));

        // the province keeps the drug-free register from 1/1/2026 (ADR 030): without it, an empty register is no data
        starts.set(new vn.pcmt.metrics.internal.RegisterStartForm(
                "51", vn.pcmt.metrics.Register.DRUG_FREE, LocalDate.of(2026, 1, 1), null));
        // nothing recognised: 0% of the group, no commune meets it
        TargetProgress none = plans.progress(plan.getId(), share.getId(), "51", TODAY);
        assertThat(none.value()).isEqualByComparingTo("0");
        assertThat(none.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(plans.progress(plan.getId(), count.getId(), "51", TODAY).value())
                .as("the group's communes summed")
                .isEqualByComparingTo("4");

        // Bờ Y and Dục Nông recognised in May 2026
        long programme = jdbc.sql("insert into drugfree_programme (province_code, name, criteria_set_id, starts_on)"
                        + " select '51', 'Xã biên giới không ma túy', id, '2026-01-01' from drugfree_criteria_set"
                        + " where code = 'KONTUM-2024' returning id")
                .query(Long.class)
                .single();
        for (String code : List.of("23377", "23383")) {
            jdbc.sql("insert into drugfree_commune (programme_id, unit_id, status, registered_on, decision_number,"
                            + " recognised_on) values (:p, :u, 'RECOGNISED', '2026-02-01', '12/QĐ-UBND',"
                            + " '2026-05-20')")
                    .param("p", programme)
                    .param("u", unit(code).id())
                    .update();
        }
        TargetProgress half = plans.progress(plan.getId(), share.getId(), "51", TODAY);
        assertThat(half.value()).isEqualByComparingTo("50.0");
        assertThat(half.status()).isEqualTo(TargetStatus.MET);
        assertThat(half.level()).isEqualTo(TargetLevel.GROUP);
        assertThat(plans.progress(plan.getId(), share.getId(), "51", LocalDate.of(2026, 4, 30))
                        .status())
                .as("before the recognitions, before the due date")
                .isEqualTo(TargetStatus.AT_RISK);

        TargetProgress eachOne = plans.progress(plan.getId(), each.getId(), "51", TODAY);
        assertThat(eachOne.unitsMeeting()).isEqualTo(2);
        assertThat(eachOne.unitsTotal()).isEqualTo(4);
        assertThat(eachOne.status()).isEqualTo(TargetStatus.MISSED);
        List<UnitProgress> breakdown = plans.breakdown(plan.getId(), each.getId(), "51", TODAY);
        assertThat(breakdown).extracting(UnitProgress::unitCode).containsExactlyInAnyOrderElementsOf(BORDER);
        assertThat(breakdown)
                .filteredOn(u -> u.status() == TargetStatus.MET)
                .extracting(UnitProgress::unitCode)
                .containsExactlyInAnyOrder("23377", "23383");

        // a commune of the group looks at itself: its own row only
        fixture.signIn("qn_bo_y");
        assertThat(plans.breakdown(plan.getId(), each.getId(), "23377", TODAY))
                .extracting(UnitProgress::unitCode)
                .containsExactly("23377");
        TargetProgress own = plans.progress(plan.getId(), share.getId(), "23377", TODAY);
        assertThat(own.value()).as("Bờ Y alone: recognised").isEqualByComparingTo("100.0");
        fixture.signIn("qn_tinh");

        // a group not yet in force on the date has no units: no data, never "met"
        UnitGroup later = groups.create(new UnitGroupForm(
                "51", unique("Xã biên giới từ tháng 9"), null, null, BORDER, LocalDate.of(2026, 9, 1), null, null));
        for (TargetLevel level : List.of(TargetLevel.GROUP, TargetLevel.EACH_IN_GROUP)) {
            PlanTarget empty = plans.addTarget(
                    plan.getId(),
                    new PlanTargetForm(
                            "BGL" + level.ordinal(),
                            "Số xã được công nhận không ít hơn 0",
                            "drugfree.recognised",
                            TargetForm.VALUE,
                            null,
                            Comparison.GE,
                            BigDecimal.ZERO,
                            false,
                            due,
                            level,
                            later.getId()));
            assertThat(plans.progress(plan.getId(), empty.getId(), "51", TODAY).status())
                    .as(level.name())
                    .isEqualTo(TargetStatus.NO_DATA);
        }

        // a group level without a group, a group on another level, another province's group: refused
        assertThatThrownBy(() -> plans.addTarget(
                        plan.getId(),
                        new PlanTargetForm(
                                "BG4",
                                "Thiếu nhóm",
                                "units.communes",
                                TargetForm.VALUE,
                                null,
                                Comparison.GE,
                                BigDecimal.ONE,
                                false,
                                due,
                                TargetLevel.EACH_IN_GROUP,
                                null)))
                .hasMessageContaining("plan.target.groupRequired");
        assertThatThrownBy(() -> plans.addTarget(
                        plan.getId(),
                        new PlanTargetForm(
                                "BG5",
                                "Nhóm thừa",
                                "units.communes",
                                TargetForm.VALUE,
                                null,
                                Comparison.GE,
                                BigDecimal.ONE,
                                false,
                                due,
                                TargetLevel.UNIT,
                                border.getId())))
                .hasMessageContaining("plan.target.groupWithoutGroupLevel");
        fixture.signIn("dn_tinh");
        UnitGroup daNang = groups.create(
                new UnitGroupForm("48", unique("Phường ven biển"), null, null, List.of("20194"), TODAY, null, null));
        fixture.signIn("qn_tinh");
        assertThatThrownBy(() -> plans.addTarget(
                        plan.getId(),
                        new PlanTargetForm(
                                "BG6",
                                "Nhóm tỉnh khác",
                                "units.communes",
                                TargetForm.VALUE,
                                null,
                                Comparison.GE,
                                BigDecimal.ONE,
                                false,
                                due,
                                TargetLevel.GROUP,
                                daNang.getId())))
                .hasMessageContaining("plan.target.groupUnknown");
    }

    static List<String> codes(List<AdminUnit> list) {
        return list.stream().map(AdminUnit::code).toList();
    }
}
