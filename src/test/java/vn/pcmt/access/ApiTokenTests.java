package vn.pcmt.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.pcmt.TestTokens.withToken;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.TestTokens;

/**
 * Personal access tokens, and an API a browser cannot be made to drive from another site: no Basic
 * challenge, and no change through HTTP Basic but with a JSON body.
 */
@PcmtTest
class ApiTokenTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void a_token_is_shown_once_kept_hashed_listed_without_secret_and_used_as_bearer() throws Exception {
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Báo cáo tự động\",\"days\":30}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresOn").value(TODAY.plusDays(30).toString()))
                .andExpect(jsonPath("$.readOnly").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        assertThat(token).startsWith("pcmt_").hasSizeGreaterThanOrEqualTo(48);
        String stored = jdbc.sql("select token_hash from api_token where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(TestTokens.sha256(token)).doesNotContain(token.substring(5));
        mvc.perform(get("/api/v1/me/tokens").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].name").value("Báo cáo tự động"))
                .andExpect(content().string(not(containsString(token))))
                .andExpect(content().string(not(containsString(token.substring(11)))));
        assertThat(used(id)).isFalse();
        mvc.perform(get("/api/v1/me").with(withToken(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("xa1"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        assertThat(used(id)).isTrue();
    }

    @Test
    void a_token_is_revoked_by_its_user_only_and_then_refused() throws Exception {
        String token = tokens.create("xa1", false);
        long id = idOf(token);
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(tokens.bearer("xa2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").with(withToken(token))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(tokens.bearer("xa1")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(withToken(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void an_expired_token_or_one_of_a_disabled_account_is_refused() throws Exception {
        String expired = tokens.create("xa1", false);
        jdbc.sql("update api_token set expires_on = :yesterday where token_hash = :h")
                .param("yesterday", TODAY.minusDays(1))
                .param("h", TestTokens.sha256(expired))
                .update();
        mvc.perform(get("/api/v1/me").with(withToken(expired))).andExpect(status().isUnauthorized());
        accounts.create("token_off", Role.COMMUNE_POLICE, null, null);
        String off = tokens.create("token_off", false);
        jdbc.sql("update user_account set enabled = false where username = 'token_off'")
                .update();
        mvc.perform(get("/api/v1/me").with(withToken(off))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(withToken("pcmt_made-up"))).andExpect(status().isUnauthorized());
    }

    @Test
    void a_read_only_token_only_reads() throws Exception {
        String token = tokens.create("xa1", true);
        mvc.perform(get("/api/v1/me").with(withToken(token))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/units/11953/villages")
                        .with(withToken(token))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Thôn Chỉ Đọc\",\"kind\":\"THON\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("chỉ được đọc")));
        assertThat(villages("Thôn Chỉ Đọc")).isZero();
    }

    @Test
    void a_401_from_the_api_never_asks_a_browser_for_a_password() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", not(containsString("Basic"))));
        mvc.perform(get("/api/v1/units").with(httpBasic("xa1", "Wrong@12345")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", not(containsString("Basic"))));
    }

    @Test
    void a_change_through_http_basic_without_json_is_refused_and_changes_nothing() throws Exception {
        long village = newVillage("Thôn Giả Mạo");
        // what a page of another site can make a browser send: a form, a multipart upload, an empty POST
        mvc.perform(post("/api/v1/units/11953/villages")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("name=Thôn Form&kind=THON"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("mã truy cập API")));
        mvc.perform(delete("/api/v1/villages/" + village + "?version=0").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/villages/" + village + "?version=0")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{}"))
                .andExpect(status().isForbidden());
        long person = jdbc.sql("select id from person where unit_id in (select id from admin_unit where code = '11953')"
                        + " and deleted_at is null limit 1")
                .query(Long.class)
                .single();
        long documents = count("person_document");
        mvc.perform(multipart("/api/v1/people/" + person + "/documents")
                        .file(new MockMultipartFile("file", "qd.pdf", "application/pdf", "%PDF-1.4\n".getBytes()))
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(villages("Thôn Form")).isZero();
        assertThat(count("person_document")).isEqualTo(documents);
        assertThat(jdbc.sql("select deleted_at is null from village where id = :id")
                        .param("id", village)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // the same changes with a token, or through Basic with JSON, go through
        mvc.perform(delete("/api/v1/villages/" + village + "?version=0").with(tokens.bearer("xa1")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/units/11953/villages")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType("application/vnd.pcmt+json")
                        .content("{\"name\":\"Thôn Json Khác\",\"kind\":\"THON\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/units/11953/villages")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType("application/json;charset=UTF-8")
                        .content("{\"name\":\"Thôn Json\",\"kind\":\"THON\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void bad_token_requests_are_vietnamese_problems_and_create_nothing() throws Exception {
        long before = count("api_token");
        mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Vui lòng đặt tên cho mã truy cập."));
        mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Xa\",\"expiresOn\":\"" + TODAY.plusYears(2) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Mã truy cập dùng được tối đa 366 ngày."));
        mvc.perform(post("/api/v1/me/tokens")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Cũ\",\"expiresOn\":\"" + TODAY.minusDays(1) + "\"}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("api_token")).isEqualTo(before);
    }

    @Test
    void the_account_page_creates_shows_once_and_revokes_a_token() throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .with(accounts.as("xa2"))
                        .with(csrf())
                        .param("name", "Máy chủ báo cáo")
                        .param("days", "30")
                        .param("readOnly", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = page.replaceAll("(?s).*data-testid=\"token-secret\">(pcmt_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(token).startsWith("pcmt_").hasSize(48);
        mvc.perform(get("/api/v1/me").with(withToken(token)))
                .andExpect(jsonPath("$.username").value("xa2"));
        // listed on the account page later, without the secret
        mvc.perform(get("/account/password").with(accounts.as("xa2")))
                .andExpect(content().string(containsString("Máy chủ báo cáo")))
                .andExpect(content().string(not(containsString(token))));
        long id = idOf(token);
        mvc.perform(post("/account/tokens/" + id + "/revoke")
                        .with(accounts.as("xa1"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/" + id + "/revoke")
                        .with(accounts.as("xa2"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(withToken(token))).andExpect(status().isUnauthorized());
    }

    private long newVillage(String name) throws Exception {
        String created = mvc.perform(post("/api/v1/units/11953/villages")
                        .with(httpBasic("xa1", TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"THON\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private long idOf(String token) {
        return jdbc.sql("select id from api_token where token_hash = :h")
                .param("h", TestTokens.sha256(token))
                .query(Long.class)
                .single();
    }

    private boolean used(long id) {
        return jdbc.sql("select last_used_at is not null from api_token where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private long villages(String name) {
        return jdbc.sql("select count(*) from village where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
