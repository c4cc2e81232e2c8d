package vn.pcmt.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/** The user guide is served as the help page, and every page links to the guide's section about it (ADR 046). */
@PcmtTest
class HelpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserGuide guide;

    @Test
    void every_page_of_the_map_names_a_section_of_the_guide() {
        assertThat(guide.anchors().keySet()).containsExactlyInAnyOrderElementsOf(UserGuide.PAGES.keySet());
        assertThat(guide.anchorFor("/people/123/episodes")).isEqualTo(guide.anchorFor("/people"));
        assertThat(guide.anchorFor("/people/import/run")).isNotEqualTo(guide.anchorFor("/people"));
        assertThat(guide.anchorFor("/peoplex")).isNull();
    }

    @Test
    void the_help_page_renders_the_guide_with_an_anchor_on_every_heading() throws Exception {
        String html = page("/help", "tinh");
        assertThat(html).contains("data-testid=\"user-guide\"", "Hướng dẫn sử dụng PCMT", "<h2 id=\"3a-");
        assertThat(html).doesNotContain("## ");
    }

    @Test
    void pages_carry_a_help_link_to_their_section() throws Exception {
        for (var page : List.of(
                List.of("/", "xa1"),
                List.of("/people", "xa1"),
                List.of("/people/import", "xa1"),
                List.of("/hotspots", "tinh"),
                List.of("/plans", "tinh"),
                List.of("/units", "tinh"),
                List.of("/cultivation", "tinh"))) {
            String html = page(page.get(0), page.get(1));
            String anchor = guide.anchorFor(page.get(0));
            assertThat(anchor).as(page.get(0)).isNotNull();
            assertThat(html).as(page.get(0)).contains("data-testid=\"help-link\"", "/help#" + anchor + "\"");
            assertThat(guide.html()).contains("id=\"" + anchor + "\"");
        }
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(accounts.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
