package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestTokens;
import vn.pcmt.people.internal.DocumentService;

/** Documents: PDF or image by their content, size-limited, opened only inside the jurisdiction and logged. */
@PcmtTest
class DocumentTests {

    private static final byte[] PDF = "%PDF-1.4\n% quyết định\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    JdbcClient jdbc;

    /** Uploads are multipart: through the API they need a token (HTTP Basic changes only with JSON). */
    @Autowired
    TestTokens tokens;

    @Test
    void a_decision_is_attached_opened_and_the_opening_logged() throws Exception {
        long person = person("Giấy Văn Tờ");
        String created = mvc.perform(multipart("/api/v1/people/" + person + "/documents")
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", PDF))
                        .param("description", "QĐ quản lý")
                        .with(tokens.bearer("xa1")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/people/" + person + "/documents/" + id).with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"));
        assertThat(jdbc.sql(
                                "select count(*) from access_log where subject_type = 'PersonDocument' and subject_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/people/" + person + "/documents/" + id).with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_officer_of_another_commune_cannot_attach() throws Exception {
        long person = person("Giấy Văn Người Khác");
        mvc.perform(multipart("/api/v1/people/" + person + "/documents")
                        .file(new MockMultipartFile("file", "qd.pdf", "application/pdf", PDF))
                        .with(tokens.bearer("xa2")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from person_document where person_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_by_its_content() throws Exception {
        long person = person("Giấy Văn Giả");
        mvc.perform(multipart("/api/v1/people/" + person + "/documents")
                        .file(new MockMultipartFile(
                                "file", "virus.pdf", "application/pdf", "MZ\u0090\u0000".getBytes()))
                        .header("Accept-Language", "vi")
                        .with(tokens.bearer("xa1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Chỉ nhận tệp PDF, JPG hoặc PNG."));
    }

    @Test
    void a_file_over_the_limit_is_refused() throws Exception {
        long person = person("Giấy Văn Nặng");
        byte[] big = new byte[DocumentService.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(multipart("/api/v1/people/" + person + "/documents")
                        .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big))
                        .with(tokens.bearer("xa1")))
                .andExpect(status().isUnprocessableContent());
    }

    private long person(String name) {
        fixture.signIn("xa1");
        try {
            return fixture.person("11953", name, LocalDate.of(1988, 6, 6)).getId();
        } finally {
            fixture.signOut();
        }
    }
}
