package vn.pcmt.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIfEqualsOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * 200 signed-in users at once (issue 20, ADR 058): a closed model of people at work, each signing in once through
 * the login form with a demo account, then going on for {@code bench.steady.minutes} with a think time of 2 to 8 s
 * between steps (and more before a write). Half are commune police officers ({@code xa1}, {@code xa2}): home page,
 * work list, people search and person pages, a home visit recorded, hotspots and their form; three in ten are of the
 * province ({@code tinh}, {@code csma}, {@code soyte}): figures, plan dashboards, people figures; two in ten are API
 * clients with a personal access token. Goal: p95 under 200 ms and no error.
 */
public class TwoHundredUsersSimulation extends Simulation {

    static final int USERS = Integer.getInteger("bench.users", 200);
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("bench.ramp.seconds", 60));
    static final Duration STEADY = Duration.ofMinutes(Integer.getInteger("bench.steady.minutes", 4));

    private static FeederBuilder<Object> accounts(List<Map<String, Object>> rows) {
        return io.gatling.javaapi.core.CoreDsl.listFeeder(rows).circular();
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(2), Duration.ofSeconds(8));
    }

    /** When every user stops: the ramp and the steady minutes after the simulation's start. */
    static volatile long end = Long.MAX_VALUE;

    private static boolean working() {
        return System.currentTimeMillis() < end;
    }

    /** Signs in, then works until the end of the steady minutes. */
    private static ChainBuilder working(ChainBuilder step) {
        return exec(Pcmt.SIGN_IN)
                .exec(think())
                .exec(asLongAs(session -> working()).on(exec(step).exec(think())));
    }

    /** The API clients' accounts, their unit and a figure they ask (by commune for the province). */
    static final List<Map<String, Object>> API_CLIENTS = List.of(
            Map.of(
                    "username", "tinh",
                    "unit", "33",
                    "figure", "/api/v1/metrics/people.addicts/values?unit=33&level=commune"),
            Map.of(
                    "username", "xa1",
                    "unit", "11953",
                    "figure", "/api/v1/metrics/hotspots.arisen/values?unit=11953&years=2024-2026"));

    static final ScenarioBuilder COMMUNE = scenario("commune officers")
            .feed(accounts(List.of(Map.of("username", "xa1"), Map.of("username", "xa2"))))
            .exec(working(io.gatling.javaapi.core.CoreDsl.randomSwitch()
                    .on(
                            percent(15).then(Pcmt.HOME),
                            percent(20).then(Pcmt.WORK_LIST),
                            percent(35).then(Pcmt.PEOPLE),
                            percent(20).then(Pcmt.HOTSPOTS),
                            percent(5).then(Pcmt.FIGURES),
                            percent(5).then(Pcmt.PLAN))));

    static final ScenarioBuilder PROVINCE = scenario("province")
            .feed(accounts(List.of(
                    Map.of("username", "tinh"), Map.of("username", "csma"), Map.of("username", "tinh"),
                    Map.of("username", "soyte"))))
            .exec(working(io.gatling.javaapi.core.CoreDsl.randomSwitch()
                    .on(
                            percent(10).then(Pcmt.HOME),
                            percent(10).then(Pcmt.WORK_LIST),
                            percent(25).then(Pcmt.FIGURES),
                            percent(30).then(Pcmt.PLAN),
                            percent(10).then(Pcmt.PEOPLE_STATS),
                            // csma and soyte may not search people (403): they look at the hotspots instead
                            percent(15)
                                    .then(doIfEqualsOrElse("#{username}", "tinh")
                                            .then(Pcmt.PEOPLE)
                                            .orElse(Pcmt.HOTSPOT_PAGES)))));

    static final ScenarioBuilder API = scenario("API clients")
            .feed(accounts(API_CLIENTS))
            .exec(Pcmt.API_TOKEN)
            .exec(asLongAs(session -> working())
                    .on(exec(Pcmt.API_CALL).pause(Duration.ofSeconds(1), Duration.ofSeconds(5))));

    @Override
    public void before() {
        end = System.currentTimeMillis() + RAMP.plus(STEADY).toMillis();
    }

    {
        int commune = USERS / 2;
        int province = USERS * 3 / 10;
        int api = USERS - commune - province;
        setUp(
                        COMMUNE.injectOpen(rampUsers(commune).during(RAMP)),
                        PROVINCE.injectOpen(rampUsers(province).during(RAMP)),
                        API.injectOpen(rampUsers(api).during(RAMP)))
                .protocols(Pcmt.protocol())
                .assertions(
                        global().responseTime().percentile(95.0).lt(200),
                        global().failedRequests().count().is(0L),
                        forAll().failedRequests().count().is(0L));
    }
}
