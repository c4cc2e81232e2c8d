package vn.pcmt.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the simulations share: the application's address, signing in through the login form, and the steps a user
 * takes (pages with their links followed, the two writes with the CSRF token read from the form, the API with a
 * personal access token). Every step checks the status and something of the answer, so an error page counts as an
 * error.
 */
final class Pcmt {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:18280");
    static final String PASSWORD = "Demo@12345";

    /** Search words a user types: family names and middle names that the demo register holds. */
    static final List<String> NAMES = List.of(
            "nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ngo", "van", "thi", "duc", "minh",
            "nguyen van", "tran thi", "le van", "hung", "tuan", "hai");

    static final List<String> PLAN_TABS = List.of("overview", "targets", "tasks", "projects", "reporting", "documents");

    private Pcmt() {}

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE_URL)
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.5")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("PCMT Gatling bench")
                // pages only: the browser keeps the CSS, scripts and fonts after the first page
                .disableCaching();
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static boolean chance(double p) {
        return ThreadLocalRandom.current().nextDouble() < p;
    }

    /** The login form's CSRF token, then the form; the home page must answer signed in (the logout button). */
    static final ChainBuilder SIGN_IN = exec(http("login page")
                    .get("/login")
                    .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(http("sign in")
                    .post("/login")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200), css("[data-testid='logout']").exists()));

    /** The home page holds the work list; a group of it is {@code /?group=}. */
    static final ChainBuilder HOME = exec(session -> session.remove("group"))
            .exec(http("home")
                    .get("/")
                    .check(
                            status().is(200),
                            css("[data-testid='logout']").exists(),
                            regex("href=\"/\\?group=([A-Z_0-9]+)\"").findRandom().optional().saveAs("group")));

    /** The home page, then one group of the work list (when it has any). */
    static final ChainBuilder WORK_LIST = exec(HOME)
            .doIf(session -> session.contains("group"))
            .then(pause(1, 4)
                    .exec(http("work list group").get("/?group=#{group}").check(status().is(200))));

    /** A search by name, then one of the people found (when any), and sometimes a home visit recorded. */
    static final ChainBuilder PEOPLE = exec(session ->
                    session.remove("personId").remove("eventCsrf").set("q", any(NAMES)))
            .exec(http("people search")
                    .get("/people")
                    .queryParam("q", "#{q}")
                    .check(
                            status().is(200),
                            regex("href=\"/people/(\\d+)\"").findRandom().optional().saveAs("personId")))
            .doIf(session -> session.contains("personId"))
            .then(pause(1, 4)
                    .exec(http("person page")
                            .get("/people/#{personId}")
                            .check(
                                    status().is(200),
                                    css("form[data-testid='event-form'] input[name='_csrf']", "value")
                                            .optional()
                                            .saveAs("eventCsrf")))
                    .doIf(session -> session.contains("eventCsrf") && chance(0.3))
                    .then(pause(3, 10).exec(RECORD_EVENT())));

    private static ChainBuilder RECORD_EVENT() {
        return exec(http("record person event")
                .post("/people/#{personId}/events")
                .formParam("_csrf", "#{eventCsrf}")
                .formParam("kind", "HOME_VISIT")
                .formParam("date", session -> today())
                .formParam("result", "")
                .formParam("substances", "")
                .formParam("service", "")
                .formParam("provider", "")
                .formParam("note", "Thăm gia đình (Gatling)")
                .check(status().is(200), substring("Đã ghi nhận sự kiện")));
    }

    /** The hotspot list and one hotspot of it. */
    static final ChainBuilder HOTSPOT_PAGES = exec(session -> session.remove("hotspotId"))
            .exec(http("hotspot list")
                    .get("/hotspots")
                    .check(
                            status().is(200),
                            regex("href=\"/hotspots/(\\d+)\"").findRandom().optional().saveAs("hotspotId")))
            .doIf(session -> session.contains("hotspotId"))
            .then(pause(1, 4).exec(http("hotspot page").get("/hotspots/#{hotspotId}").check(status().is(200))));

    /** The hotspot pages, and sometimes the hotspot's form sent back with the note changed. */
    static final ChainBuilder HOTSPOTS = exec(HOTSPOT_PAGES)
            .doIf(session -> session.contains("hotspotId") && chance(0.3))
            .then(pause(2, 5)
                    .exec(http("hotspot form")
                            .get("/hotspots/#{hotspotId}/edit")
                            .check(status().is(200), form("form[data-testid='hotspot-form']").saveAs("hotspotForm")))
                    .pause(5, 15)
                    .exec(Pcmt::changeNote)
                    .exec(http("update hotspot")
                            .post("/hotspots/#{hotspotId}")
                            .formParamMap(session -> session.getMap("hotspotForm"))
                            // 409: another user saved the same hotspot since this one opened the form (the
                            // optimistic lock's answer, a page saying so): expected now and then, not an error
                            .check(status().in(200, 409))));

    private static Session changeNote(Session session) {
        Map<String, Object> form = new HashMap<>(session.getMap("hotspotForm"));
        form.put("note", "Kiểm tra lại lúc " + java.time.LocalTime.now().withNano(0) + " (Gatling)");
        return session.set("hotspotForm", form);
    }

    /** The figures of the province, then one of them. */
    static final ChainBuilder FIGURES = exec(session -> session.remove("figureId"))
            .exec(http("figures")
                    .get("/figures")
                    .check(
                            status().is(200),
                            regex("href=\"/figures/(\\d+)\"").findRandom().optional().saveAs("figureId")))
            .doIf(session -> session.contains("figureId"))
            .then(pause(1, 4).exec(http("figure page").get("/figures/#{figureId}").check(status().is(200))));

    /** A plan of the list, then one of its tabs (the dashboard is the overview tab). */
    static final ChainBuilder PLAN = exec(session -> session.remove("planId").set("tab", any(PLAN_TABS)))
            .exec(http("plans")
                    .get("/plans")
                    .check(
                            status().is(200),
                            regex("href=\"/plans/(\\d+)\"").findRandom().optional().saveAs("planId")))
            .doIf(session -> session.contains("planId"))
            .then(pause(1, 3)
                    .exec(http("plan dashboard")
                            .get("/plans/#{planId}")
                            .queryParam("tab", "#{tab}")
                            .check(status().is(200))));

    static final ChainBuilder PEOPLE_STATS =
            exec(http("people figures").get("/people/stats").check(status().is(200)));

    /** A read-only token asked once with the password (one bcrypt), then only the token (ADR 017). */
    static final ChainBuilder API_TOKEN = exec(http("api create token")
            .post("/api/v1/me/tokens")
            .basicAuth("#{username}", PASSWORD)
            .header("Content-Type", "application/json")
            .body(io.gatling.javaapi.core.CoreDsl.StringBody(
                    "{\"name\":\"Gatling #{username}\",\"days\":1,\"readOnly\":true}"))
            .check(status().is(201), jsonPath("$.token").saveAs("token")));

    private static io.gatling.javaapi.http.HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path).header("Authorization", "Bearer #{token}").header("Accept", "application/json");
    }

    static final ChainBuilder API_CALL = exec(session -> session.set("q", any(NAMES)))
            .randomSwitch()
            .on(
                    io.gatling.javaapi.core.CoreDsl.percent(25)
                            .then(exec(api("api people search", "/api/v1/people?size=20")
                                    .queryParam("q", "#{q}")
                                    .check(status().is(200), jsonPath("$.content").exists()))),
                    io.gatling.javaapi.core.CoreDsl.percent(20)
                            .then(exec(api("api people stats", "/api/v1/people/stats?unit=#{unit}&date=2025-12-31")
                                    .check(status().is(200)))),
                    io.gatling.javaapi.core.CoreDsl.percent(20)
                            .then(exec(api("api work list", "/api/v1/work-list?size=20").check(status().is(200)))),
                    io.gatling.javaapi.core.CoreDsl.percent(15)
                            .then(exec(api("api hotspots", "/api/v1/hotspots?unit=#{unit}&state=ACTIVE")
                                    .check(status().is(200)))),
                    io.gatling.javaapi.core.CoreDsl.percent(20)
                            .then(exec(api("api figure", "#{figure}").check(status().is(200)))));
}
