package vn.pcmt.bench.gatling;

import io.gatling.charts.component.Component;
import io.gatling.charts.component.ComponentLibrary;
import io.gatling.charts.report.GroupContainer;
import io.gatling.charts.stats.CountsVsTimePlot;
import io.gatling.charts.stats.IntVsTimePlot;
import io.gatling.charts.stats.PercentVsTimePlot;
import io.gatling.charts.stats.PercentilesVsTimePlot;
import io.gatling.charts.stats.Ranges;
import io.gatling.charts.stats.UserSeries;
import scala.collection.immutable.Seq;

/**
 * Gatling's report without charts: the charts of Gatling's reports come from {@code gatling-charts-highcharts}, whose
 * licence is not free (no modification, no redistribution; ADR 058). Gatling's own report generator (Apache-2.0) asks
 * a component library for each chart; this one answers nothing, so the report keeps its tables (every request's
 * count, errors, percentiles, by group, a page per group), without the charts.
 */
public final class NoCharts implements ComponentLibrary {

    private static final Component NOTHING = new Component() {
        @Override
        public String html() {
            return "";
        }

        @Override
        public String js() {
            return "";
        }

        @Override
        @SuppressWarnings("unchecked")
        public Seq<String> jsFiles() {
            return (Seq<String>) (Seq<?>) scala.collection.immutable.Nil$.MODULE$;
        }
    };

    @Override
    public Component getUserStartRateComponent(String a, long b, UserSeries c, Seq<UserSeries> d) {
        return NOTHING;
    }

    @Override
    public Component getMaxConcurrentUsersComponent(String a, long b, UserSeries c, Seq<UserSeries> d) {
        return NOTHING;
    }

    @Override
    public Component getRangesComponent(String a, String b, String c, Ranges d, boolean e) {
        return NOTHING;
    }

    @Override
    public Component getRequestCountPolarComponent(GroupContainer a) {
        return NOTHING;
    }

    @Override
    public Component getDistributionComponent(
            String a, String b, String c, Seq<PercentVsTimePlot> d, Seq<PercentVsTimePlot> e) {
        return NOTHING;
    }

    @Override
    public Component getPercentilesOverTimeComponent(
            String a, String b, String c, long d, Seq<PercentilesVsTimePlot> e) {
        return NOTHING;
    }

    @Override
    public Component getRequestsComponent(String a, long b, Seq<CountsVsTimePlot> c) {
        return NOTHING;
    }

    @Override
    public Component getResponsesComponent(String a, long b, Seq<CountsVsTimePlot> c) {
        return NOTHING;
    }

    @Override
    public Component getResponseTimeScatterComponent(String a, Seq<IntVsTimePlot> b, Seq<IntVsTimePlot> c) {
        return NOTHING;
    }
}
