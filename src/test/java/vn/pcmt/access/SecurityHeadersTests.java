package vn.pcmt.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/** What the answers tell the browser: scripts only from our files, no device features, HTTPS only. */
@PcmtTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void pages_allow_only_their_own_scripts_and_no_device_features() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
        mvc.perform(get("/").with(accounts.as("xa1")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("'unsafe-eval'"))))
                .andExpect(header().string(
                                "Content-Security-Policy", not(containsString("script-src 'self' 'unsafe-inline'"))));
        mvc.perform(get("/api/v1/me").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")));
    }

    @Test
    void no_template_holds_an_inline_script_or_event_handler() throws IOException {
        Pattern inline = Pattern.compile(
                "<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:|\\bhx-on|th:on[a-z]+=",
                Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        for (Resource template :
                new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            var matcher = inline.matcher(html);
            while (matcher.find()) {
                found.add(template.getFilename() + ": " + matcher.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void behind_the_https_proxy_answers_carry_hsts_and_the_session_cookie_is_secure() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> https = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(https.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        HttpResponse<String> plain = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_api_description_and_swagger_ui_need_a_login() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/v3/api-docs").with(accounts.as("xa1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"scheme\":\"bearer\"")));
    }
}
