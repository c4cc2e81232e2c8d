package vn.pcmt.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/** Form login, lockout, CSRF, session-less HTTP Basic for the API, and the access log of each. */
@PcmtTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pages_need_a_login() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void a_good_login_goes_home_and_is_logged() throws Exception {
        long before = count("xa1", "LOGIN");
        mvc.perform(formLogin().user("xa1").password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(count("xa1", "LOGIN")).isEqualTo(before + 1);
    }

    @Test
    void a_bad_login_says_so_and_is_logged() throws Exception {
        accounts.create("login_bad", Role.COMMUNE_POLICE, null, null);
        mvc.perform(formLogin().user("login_bad").password("Wrong@12345")).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(count("login_bad", "LOGIN_FAILED")).isEqualTo(1);
    }

    @Test
    void five_failures_in_a_row_lock_the_account_even_against_the_right_password() throws Exception {
        accounts.create("login_lock", Role.COMMUNE_POLICE, null, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("login_lock").password("Wrong@12345"));
        }
        assertThat(count("login_lock", "LOGIN_LOCKED")).isEqualTo(1);
        mvc.perform(formLogin().user("login_lock").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/v1/me").with(httpBasic("login_lock", TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void four_failures_then_a_success_reset_the_counter() throws Exception {
        accounts.create("login_reset", Role.COMMUNE_POLICE, null, null);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user("login_reset").password("Wrong@12345"));
        }
        mvc.perform(formLogin().user("login_reset").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        Integer failures = jdbc.sql("select failed_attempts from user_account where username = 'login_reset'")
                .query(Integer.class)
                .single();
        assertThat(failures).isZero();
    }

    @Test
    void a_disabled_account_cannot_log_in() throws Exception {
        accounts.create("login_off", Role.COMMUNE_POLICE, null, null);
        jdbc.sql("update user_account set enabled = false where username = 'login_off'")
                .update();
        mvc.perform(formLogin().user("login_off").password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void a_post_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/units/11953/villages")
                        .with(accounts.as("xa1"))
                        .param("name", "Thôn CSRF")
                        .param("kind", "THON"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/11953/villages")
                        .with(accounts.as("xa1"))
                        .header("HX-Request", "true")
                        .param("name", "Thôn CSRF")
                        .param("kind", "THON"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from village where name = 'Thôn CSRF'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_csrf_token_as_htmx_sends_it_in_a_header_is_accepted() throws Exception {
        mvc.perform(post("/units/11953/villages")
                        .with(accounts.as("xa1"))
                        .with(csrf().asHeader())
                        .param("name", "Thôn Htmx")
                        .param("kind", "THON"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void the_api_answers_401_as_a_problem_without_credentials() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void the_api_accepts_http_basic_and_keeps_no_session() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("xa1"))
                .andExpect(jsonPath("$.role").value("COMMUNE_POLICE"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void logout_ends_the_session() throws Exception {
        mvc.perform(post("/logout").with(accounts.as("xa1")).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    private long count(String username, String kind) {
        return jdbc.sql("select count(*) from access_log where username = :u and kind = :k")
                .param("u", username)
                .param("k", kind)
                .query(Long.class)
                .single();
    }
}
