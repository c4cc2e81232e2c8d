package vn.pcmt.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saturation point (issue 20, ADR 058): an open model whose arrival rate climbs by {@code bench.rate.step} users
 * a second every {@code bench.level.seconds} (after a 5 s ramp) from {@code bench.rate.from}, for
 * {@code bench.rate.levels} levels. Each arriving user makes two requests without thinking, with a session signed in
 * beforehand (so the load is the pages', not bcrypt's): the same mix of pages, writes and API calls as the 200 users.
 * Each level's requests are a group of their own ("level 08 users/s"), so the report gives p95 and errors by arrival
 * rate: the saturation point is the last level with p95 under 200 ms and no error, and the throughput there.
 */
public class SaturationSimulation extends Simulation {

    static final int FROM = Integer.getInteger("bench.rate.from", 4);
    static final int STEP = Integer.getInteger("bench.rate.step", 4);
    static final int LEVELS = Integer.getInteger("bench.rate.levels", 10);
    static final int LEVEL_SECONDS = Integer.getInteger("bench.level.seconds", 30);
    static final int RAMP_SECONDS = 5;
    static final int SESSIONS = 40;

    static final List<Map<String, Object>> sessions = new ArrayList<>();
    static volatile long start;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Signs in {@value #SESSIONS} sessions, a token for each API account, and gathers ids to visit. */
    @Override
    public void before() {
        try {
            List<Map<String, Object>> accounts = TwoHundredUsersSimulation.API_CLIENTS;
            Map<String, String> tokens = new HashMap<>();
            for (Map<String, Object> a : accounts) {
                tokens.put((String) a.get("username"), token((String) a.get("username")));
            }
            String[] users = {"xa1", "xa2", "tinh"};
            Map<String, Map<String, List<String>>> ids = new HashMap<>();
            for (int i = 0; i < SESSIONS; i++) {
                String user = users[i % users.length];
                String cookie = signIn(user);
                String people = fetch(cookie, "/people?q=" + URLEncoder.encode(Pcmt.NAMES.get(i % Pcmt.NAMES.size()), StandardCharsets.UTF_8));
                if (!ids.containsKey(user)) {
                    // the ids this account may open: people, hotspots, figures, plans
                    ids.put(
                            user,
                            Map.of(
                                    "personId", all(fetch(cookie, "/people"), "href=\"/people/(\\d+)\""),
                                    "hotspotId", all(fetch(cookie, "/hotspots"), "href=\"/hotspots/(\\d+)\""),
                                    "figureId", all(fetch(cookie, "/figures"), "href=\"/figures/(\\d+)\""),
                                    "planId", all(fetch(cookie, "/plans"), "href=\"/plans/(\\d+)\"")));
                    ids.get(user).forEach((kind, found) -> {
                        if (found.isEmpty()) {
                            throw new IllegalStateException(user + " has no " + kind + " to visit");
                        }
                    });
                }
                Map<String, Object> row = new HashMap<>(accounts.get(i % accounts.size()));
                row.put("token", tokens.get((String) row.get("username")));
                row.put("cookie", cookie);
                row.put("writer", user.startsWith("xa"));
                row.put("ids", ids.get(user));
                row.put("csrf", first(people, "name=\"_csrf\" value=\"([^\"]+)\"").orElseThrow());
                sessions.add(row);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not prepare the sessions at " + Pcmt.BASE_URL, e);
        }
        start = System.currentTimeMillis();
    }

    private String token(String user) throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((user + ":" + Pcmt.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(Pcmt.BASE_URL + "/api/v1/me/tokens"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"Gatling saturation\",\"days\":1,\"readOnly\":true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return first(answer.body(), "\"token\"\\s*:\\s*\"([^\"]+)\"")
                .orElseThrow(() -> new IllegalStateException("no token for " + user + ": " + answer.body()));
    }

    private String signIn(String user) throws IOException, InterruptedException {
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(Pcmt.BASE_URL + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(login).orElseThrow();
        String csrf = first(login.body(), "name=\"_csrf\" value=\"([^\"]+)\"").orElseThrow();
        String form = "username=" + user + "&password=" + URLEncoder.encode(Pcmt.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(Pcmt.BASE_URL + "/login"))
                        .header("Cookie", "SESSION=" + cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + user + " refused: " + signedIn.statusCode() + location);
        }
        return sessionCookie(signedIn).orElse(cookie);
    }

    private String fetch(String cookie, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(Pcmt.BASE_URL + path))
                        .header("Cookie", "SESSION=" + cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .findFirst();
    }

    private static java.util.Optional<String> first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.stream().distinct().toList();
    }

    /** The arrival rate of the level under way, or "ramp" between two levels. */
    static String level() {
        long elapsed = System.currentTimeMillis() - start;
        long period = (LEVEL_SECONDS + RAMP_SECONDS) * 1000L;
        long k = elapsed / period;
        if (elapsed % period >= LEVEL_SECONDS * 1000L) {
            return "ramp";
        }
        return String.format("level %03d users/s", FROM + k * STEP);
    }

    private static Iterator<Map<String, Object>> feeder() {
        return Stream.generate(() -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    Map<String, Object> row = new HashMap<>(sessions.get(r.nextInt(sessions.size())));
                    @SuppressWarnings("unchecked")
                    Map<String, List<String>> ids = (Map<String, List<String>>) row.remove("ids");
                    ids.forEach((kind, found) -> row.put(kind, Pcmt.any(found)));
                    row.put("tab", Pcmt.any(Pcmt.PLAN_TABS));
                    row.put("q", Pcmt.any(Pcmt.NAMES));
                    row.put("level", level());
                    return row;
                })
                .iterator();
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200));
    }

    static final ScenarioBuilder VISITS = scenario("saturation")
            .feed(feeder())
            .exec(addCookie(Cookie("SESSION", "#{cookie}")))
            .group("#{level}")
            .on(repeat(2)
                    .on(randomSwitch()
                            .on(
                                    percent(8).then(exec(page("home", "/"))),
                                    percent(10).then(exec(page("work list group", "/?group=NO_CHECK_IN"))),
                                    percent(14).then(exec(http("people search").get("/people").queryParam("q", "#{q}").check(status().is(200)))),
                                    percent(12).then(exec(page("person page", "/people/#{personId}"))),
                                    percent(6).then(exec(page("hotspot list", "/hotspots"))),
                                    percent(6).then(exec(page("hotspot page", "/hotspots/#{hotspotId}"))),
                                    percent(6).then(exec(page("figures", "/figures"))),
                                    percent(4).then(exec(page("figure page", "/figures/#{figureId}"))),
                                    percent(10).then(exec(page("plan dashboard", "/plans/#{planId}?tab=#{tab}"))),
                                    percent(3)
                                            .then(doIfOrElse(session -> session.getBoolean("writer"))
                                                    .then(exec(http("record person event")
                                                    .post("/people/#{personId}/events")
                                                    .formParam("_csrf", "#{csrf}")
                                                    .formParam("kind", "HOME_VISIT")
                                                    .formParam("date", session -> Pcmt.today())
                                                    .formParam("note", "Thăm gia đình (Gatling)")
                                                    // written and shown again (200); not the flash message: the 40
                                                    // sessions are shared by every arriving user, and a concurrent
                                                    // request of the same session may show it first (the 200 users'
                                                    // simulation, a session each, checks it)
                                                    .check(status().is(200))))
                                                    .orElse(exec(page("person page", "/people/#{personId}")))),
                                    percent(21).then(exec(Pcmt.API_CALL)))));

    {
        setUp(VISITS.injectOpen(incrementUsersPerSec(STEP)
                        .times(LEVELS)
                        .eachLevelLasting(Duration.ofSeconds(LEVEL_SECONDS))
                        .separatedByRampsLasting(Duration.ofSeconds(RAMP_SECONDS))
                        .startingFrom(FROM)))
                .protocols(Pcmt.protocol());
    }
}
