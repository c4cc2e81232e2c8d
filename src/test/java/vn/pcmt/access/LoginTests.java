package vn.pcmt.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;

/** Form login, lockout, CSRF, session-less HTTP Basic for the API, and the access log of each. */
@PcmtTest
class LoginTests {

    @Autowired
    TestClock clock;

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
        mvc.perform(formLogin().user("login_bad").password("Wrong@12345")).andExpect(redirectedUrl("/login?error"));
        assertThat(count("login_bad", "LOGIN_FAILED")).isEqualTo(1);
    }

    @Test
    void a_locked_account_a_disabled_one_and_an_unknown_one_get_the_same_answer() throws Exception {
        accounts.create("login_same_locked", Role.COMMUNE_POLICE, null, null);
        accounts.create("login_same_off", Role.COMMUNE_POLICE, null, null);
        jdbc.sql("update user_account set locked_until = now() + interval '5 minutes'"
                        + " where username = 'login_same_locked'")
                .update();
        jdbc.sql("update user_account set enabled = false where username = 'login_same_off'")
                .update();
        for (String username : new String[] {"login_same_locked", "login_same_off", "login_same_nobody"}) {
            for (String password : new String[] {"Wrong@12345", TestAccounts.PASSWORD}) {
                mvc.perform(login(username, password, "10.14.4.1")).andExpect(redirectedUrl("/login?error"));
                mvc.perform(get("/api/v1/me")
                                .header("Accept-Language", "vi")
                                .with(httpBasic(username, password))
                                .with(from("10.14.4.1")))
                        .andExpect(status().isUnauthorized())
                        .andExpect(
                                jsonPath("$.detail")
                                        .value(
                                                "Cần đăng nhập: gửi mã truy cập API (Bearer) hoặc tên đăng nhập và mật khẩu (HTTP Basic)."));
            }
        }
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("sai tên đăng nhập")));
    }

    @Test
    void failures_from_one_address_are_throttled_before_they_can_lock_the_account() throws Exception {
        accounts.create("login_throttle", Role.COMMUNE_POLICE, null, null);
        for (int i = 0; i < 12; i++) {
            mvc.perform(login("login_throttle", "Wrong@12345", "10.14.4.2")).andExpect(redirectedUrl("/login?error"));
        }
        // the address is refused, even with the right password, with the answer a wrong password gets
        mvc.perform(login("login_throttle", TestAccounts.PASSWORD, "10.14.4.2"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(count("login_throttle", "LOGIN_FAILED")).isEqualTo(5);
        assertThat(count("login_throttle", "LOGIN_THROTTLED")).isEqualTo(8);
        assertThat(count("login_throttle", "LOGIN_LOCKED")).isZero();
        // the account is not locked: its owner logs in from elsewhere
        mvc.perform(login("login_throttle", TestAccounts.PASSWORD, "10.14.4.3")).andExpect(redirectedUrl("/"));
    }

    @Test
    void http_basic_on_the_api_is_throttled_like_the_login_page() throws Exception {
        accounts.create("login_basic", Role.COMMUNE_POLICE, null, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me")
                            .with(httpBasic("login_basic", "Wrong@12345"))
                            .with(from("10.14.4.4")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me")
                        .with(httpBasic("login_basic", TestAccounts.PASSWORD))
                        .with(from("10.14.4.4")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(count("login_basic", "LOGIN_THROTTLED")).isEqualTo(1);
        // failures at one account from one address spend the address's budget at that account only
        mvc.perform(get("/api/v1/me")
                        .with(httpBasic("xa2", TestAccounts.PASSWORD))
                        .with(from("10.14.4.4")))
                .andExpect(status().isOk());
    }

    @Test
    void one_address_trying_many_accounts_is_throttled() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(login("login_spray_" + i, "Wrong@12345", "10.14.4.5"));
        }
        mvc.perform(login("xa2", TestAccounts.PASSWORD, "10.14.4.5")).andExpect(redirectedUrl("/login?error"));
        assertThat(count("xa2", "LOGIN_THROTTLED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void failures_from_many_addresses_lock_the_account_for_a_while_only() throws Exception {
        Instant now = Instant.parse("2026-06-15T03:00:00Z");
        clock.set(now);
        accounts.create("login_lock", Role.COMMUNE_POLICE, null, null);
        for (int i = 0; i < 10; i++) {
            mvc.perform(login("login_lock", "Wrong@12345", "10.14.5." + i));
        }
        assertThat(count("login_lock", "LOGIN_LOCKED")).isEqualTo(1);
        Instant lockedUntil = lockedUntil("login_lock");
        assertThat(lockedUntil).isEqualTo(now.plusSeconds(5 * 60));
        // locked: even the right password is refused, with the same answer
        mvc.perform(login("login_lock", TestAccounts.PASSWORD, "10.14.5.20")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").with(httpBasic("login_lock", TestAccounts.PASSWORD)))
                .andExpect(status().isUnauthorized());
        // going on failing does not keep it locked longer
        for (int i = 0; i < 10; i++) {
            mvc.perform(login("login_lock", "Wrong@12345", "10.14.6." + i));
        }
        assertThat(lockedUntil("login_lock")).isEqualTo(lockedUntil);
        assertThat(count("login_lock", "LOGIN_LOCKED")).isEqualTo(1);
        // once the lock has run out, the right password opens it
        clock.set(lockedUntil.plusSeconds(1));
        mvc.perform(login("login_lock", TestAccounts.PASSWORD, "10.14.5.21")).andExpect(redirectedUrl("/"));
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
                .andExpect(redirectedUrl("/login?error"));
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
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"PCMT\""))
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

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Instant lockedUntil(String username) {
        return jdbc.sql("select locked_until from user_account where username = :u")
                .param("u", username)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private long count(String username, String kind) {
        return jdbc.sql("select count(*) from access_log where username = :u and kind = :k")
                .param("u", username)
                .param("k", kind)
                .query(Long.class)
                .single();
    }
}
