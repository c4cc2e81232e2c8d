package vn.pcmt.outreach.web;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.geo.UnitService;
import vn.pcmt.outreach.internal.IndustrialZone;
import vn.pcmt.outreach.internal.Medium;
import vn.pcmt.outreach.internal.MediumForm;
import vn.pcmt.outreach.internal.MediumKind;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.outreach.internal.School;
import vn.pcmt.outreach.internal.SchoolForm;
import vn.pcmt.outreach.internal.SchoolLevel;
import vn.pcmt.outreach.internal.ZoneForm;
import vn.pcmt.platform.Forms;

/** The three reference registers of outreach, each a {@link ReferenceController}. */
final class ReferenceLists {

    private ReferenceLists() {}

    /** Schools, by commune. */
    @Controller
    @RequestMapping("/outreach/schools")
    @PreAuthorize("hasAuthority('OUTREACH_READ')")
    static class Schools extends ReferenceController<School, SchoolForm> {

        private final OutreachService outreach;

        Schools(OutreachService outreach, RegisterScopes scopes, UnitService units, Forms forms, Clock clock) {
            super("outreach/schools", "outreach.school.saved", SchoolForm.class, scopes, units, forms, clock);
            this.outreach = outreach;
        }

        @Override
        SchoolForm blank() {
            return new SchoolForm(ownCommune(), "", SchoolLevel.PRIMARY, null, null, null);
        }

        @Override
        School find(long id) {
            return outreach.school(id);
        }

        @Override
        SchoolForm toForm(School school) {
            return school.toForm(outreach.unitOf(school.getCommuneId()).code());
        }

        @Override
        School add(SchoolForm form) {
            return outreach.addSchool(form);
        }

        @Override
        School correct(long id, SchoolForm form) {
            return outreach.correctSchool(id, form);
        }

        @Override
        void delete(long id, long version) {
            outreach.deleteSchool(id, version);
        }

        @Override
        String name(School school) {
            return school.getName();
        }

        @Override
        List<?> rows(String unitCode) {
            return outreach.schools(unitCode);
        }

        @Override
        void choices(Model model) {
            model.addAttribute("levels", SchoolLevel.values());
        }
    }

    /** Industrial zones, over one or more communes. */
    @Controller
    @RequestMapping("/outreach/zones")
    @PreAuthorize("hasAuthority('OUTREACH_READ')")
    static class Zones extends ReferenceController<IndustrialZone, ZoneForm> {

        private final OutreachService outreach;

        Zones(OutreachService outreach, RegisterScopes scopes, UnitService units, Forms forms, Clock clock) {
            super("outreach/zones", "outreach.zone.saved", ZoneForm.class, scopes, units, forms, clock);
            this.outreach = outreach;
        }

        @Override
        ZoneForm blank() {
            String commune = ownCommune();
            return new ZoneForm("", commune.isEmpty() ? List.of() : List.of(commune), null, today(), null);
        }

        @Override
        IndustrialZone find(long id) {
            return outreach.zone(id);
        }

        @Override
        ZoneForm toForm(IndustrialZone zone) {
            return zone.toForm(outreach.unitsOf(zone.getCommuneIds()).stream()
                    .map(AdminUnit::code)
                    .toList());
        }

        @Override
        IndustrialZone add(ZoneForm form) {
            return outreach.addZone(form);
        }

        @Override
        IndustrialZone correct(long id, ZoneForm form) {
            return outreach.correctZone(id, form);
        }

        @Override
        void delete(long id, long version) {
            outreach.deleteZone(id, version);
        }

        @Override
        String name(IndustrialZone zone) {
            return zone.getName();
        }

        @Override
        List<?> rows(String unitCode) {
            return outreach.zones(unitCode);
        }
    }

    /** Media, by province. */
    @Controller
    @RequestMapping("/outreach/media")
    @PreAuthorize("hasAuthority('OUTREACH_READ')")
    static class Media extends ReferenceController<Medium, MediumForm> {

        private final OutreachService outreach;

        Media(OutreachService outreach, RegisterScopes scopes, UnitService units, Forms forms, Clock clock) {
            super("outreach/media", "outreach.medium.saved", MediumForm.class, scopes, units, forms, clock);
            this.outreach = outreach;
        }

        @Override
        MediumForm blank() {
            return new MediumForm(ownProvince(), "", MediumKind.NEWSPAPER, true, null, null, null);
        }

        @Override
        Medium find(long id) {
            return outreach.medium(id);
        }

        @Override
        MediumForm toForm(Medium medium) {
            return medium.toForm(outreach.unitOf(medium.getProvinceId()).code());
        }

        @Override
        Medium add(MediumForm form) {
            return outreach.addMedium(form);
        }

        @Override
        Medium correct(long id, MediumForm form) {
            return outreach.correctMedium(id, form);
        }

        @Override
        void delete(long id, long version) {
            outreach.deleteMedium(id, version);
        }

        @Override
        String name(Medium medium) {
            return medium.getName();
        }

        @Override
        List<?> rows(String unitCode) {
            return outreach.media(unitCode);
        }

        @Override
        void choices(Model model) {
            model.addAttribute("kinds", MediumKind.values());
        }
    }
}
