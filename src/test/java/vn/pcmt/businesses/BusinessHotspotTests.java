package vn.pcmt.businesses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.businesses.internal.Business;
import vn.pcmt.businesses.internal.BusinessService;
import vn.pcmt.businesses.internal.HotspotLinkForm;
import vn.pcmt.businesses.internal.Inspection;
import vn.pcmt.businesses.internal.Violation;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.hotspots.internal.Hotspot;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.RuleViolationException;

/**
 * An inspection that found drug use on the premises refers to the hotspot of the hotspot register found there (ADR
 * 037): only such an inspection, only a hotspot of the business's commune within the user's jurisdiction, with the
 * inspection's version; the business page shows the hotspot and the hotspot page the business, to users who see them.
 */
@PcmtTest
class BusinessHotspotTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    PeopleFixture fixture;

    @Autowired
    BusinessService businesses;

    @Autowired
    HotspotService hotspotRegister;

    @Autowired
    Hotspots hotspots;

    @Autowired
    List<Hotspots.Links> links;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    /** A commune of Hưng Yên of 2025 that other tests leave alone (the n-th from the end by code). */
    private String commune(int offset) {
        return jdbc.sql("select code from admin_unit where province_code = '33' and length(code) = 5"
                        + " and valid_to is null and valid_from = '2025-07-01' and code not in ('11953', '11977')"
                        + " order by code desc offset :o limit 1")
                .param("o", offset)
                .query(String.class)
                .single();
    }

    private Hotspot hotspot(String commune, String name) {
        return hotspotRegister.record(new HotspotForm(
                commune,
                null,
                HotspotShape.POINT,
                HotspotActivity.ORGANISING_USE,
                name,
                null,
                null,
                null,
                vn.pcmt.hotspots.internal.BusinessKind.NONE,
                null,
                LocalDate.of(2026, 3, 1),
                null,
                null,
                List.of(),
                null));
    }

    @Test
    void an_inspection_finding_drug_use_links_to_a_hotspot_of_its_commune_and_both_pages_show_it() throws Exception {
        fixture.signIn("tinh");
        String commune = commune(2);
        Business karaoke = businesses.register(BusinessTests.form(commune, LocalDate.of(2024, 5, 1)));
        Hotspot here = hotspot(commune, "Điểm sử dụng tại karaoke Thử");
        Hotspot elsewhere = hotspot(commune(3), "Điểm ở xã khác");
        Inspection found = businesses.inspect(
                karaoke.getId(),
                BusinessTests.inspection(LocalDate.of(2026, 4, 2), Set.of(Violation.DRUG_USE_ON_PREMISES)));
        Inspection paperwork = businesses.inspect(
                karaoke.getId(),
                BusinessTests.inspection(LocalDate.of(2026, 4, 3), Set.of(Violation.NO_GUEST_REGISTER)));

        assertThat(businesses.hotspotsNear(karaoke.getId()))
                .extracting(Hotspots.Summary::id)
                .contains(here.getId())
                .doesNotContain(elsewhere.getId());
        assertThatThrownBy(() -> businesses.linkHotspot(
                        karaoke.getId(), paperwork.getId(), new HotspotLinkForm(here.getId(), paperwork.getVersion())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("business.hotspot.noDrugUse");
        assertThatThrownBy(() -> businesses.linkHotspot(
                        karaoke.getId(), found.getId(), new HotspotLinkForm(elsewhere.getId(), found.getVersion())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("business.hotspot.unknown");
        assertThatThrownBy(() -> businesses.linkHotspot(
                        karaoke.getId(), found.getId(), new HotspotLinkForm(here.getId(), found.getVersion() + 1)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Inspection linked = businesses.linkHotspot(
                karaoke.getId(), found.getId(), new HotspotLinkForm(here.getId(), found.getVersion()));
        assertThat(linked.getHotspotId()).isEqualTo(here.getId());
        assertThat(linked.getVersion()).isGreaterThan(found.getVersion());
        assertThat(businesses.hotspotOf(linked)).map(Hotspots.Summary::name).contains("Điểm sử dụng tại karaoke Thử");
        assertThat(links.stream().flatMap(l -> l.linksTo(here.getId()).stream()))
                .extracting(Hotspots.Link::name, Hotspots.Link::href)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nhà nghỉ Thử", "/businesses/" + karaoke.getId()));

        // the pages
        String businessPage = mvc.perform(
                        get("/businesses/{id}", karaoke.getId()).with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(businessPage).contains("Điểm sử dụng tại karaoke Thử", "/hotspots/" + here.getId());
        String hotspotPage = mvc.perform(get("/hotspots/{id}", here.getId()).with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(hotspotPage).contains("Nhà nghỉ Thử", "/businesses/" + karaoke.getId(), "02/04/2026");
        // the hotspot API lists the linked business too, with its page and its API resource
        mvc.perform(get("/api/v1/hotspots/{id}", here.getId()).with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links.length()").value(1))
                .andExpect(jsonPath("$.links[0].kind").value("business.hotspot.link"))
                .andExpect(jsonPath("$.links[0].kindLabel").value("Cơ sở kinh doanh có người sử dụng ma túy"))
                .andExpect(jsonPath("$.links[0].name").value("Nhà nghỉ Thử"))
                .andExpect(jsonPath("$.links[0].on").value("2026-04-02"))
                .andExpect(jsonPath("$.links[0].href").value("/businesses/" + karaoke.getId()))
                .andExpect(jsonPath("$.links[0].apiHref").value("/api/v1/businesses/" + karaoke.getId()));
        mvc.perform(get("/api/v1/businesses/{id}", karaoke.getId()).with(accounts.as("tinh")))
                .andExpect(status().isOk());

        // a commune police of another commune sees neither the hotspot nor the link
        fixture.signIn("xa1");
        assertThat(hotspots.find(here.getId())).isEmpty();
        assertThat(links.stream().flatMap(l -> l.linksTo(here.getId()).stream()))
                .isEmpty();
        assertThatThrownBy(() -> businesses.linkHotspot(
                        karaoke.getId(), found.getId(), new HotspotLinkForm(null, linked.getVersion())))
                .isInstanceOfAny(
                        vn.pcmt.geo.OutsideJurisdictionException.class,
                        org.springframework.security.access.AccessDeniedException.class);

        // the API: a stale version is a conflict, an inspection without drug use a problem, null unlinks
        String uri = "/api/v1/businesses/{id}/inspections/{i}/hotspot";
        mvc.perform(put(uri, karaoke.getId(), found.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hotspotId\": null, \"version\": " + found.getVersion() + "}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put(uri, karaoke.getId(), paperwork.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hotspotId\": " + here.getId() + ", \"version\": " + paperwork.getVersion() + "}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").exists());
        mvc.perform(put(uri, karaoke.getId(), found.getId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hotspotId\": null, \"version\": " + linked.getVersion() + "}")
                        .with(accounts.as("tinh"))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hotspotId").doesNotExist());
        fixture.signIn("tinh");
        assertThat(links.stream().flatMap(l -> l.linksTo(here.getId()).stream()))
                .isEmpty();
        mvc.perform(get("/api/v1/hotspots/{id}", here.getId()).with(accounts.as("tinh")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links.length()").value(0));
    }
}
