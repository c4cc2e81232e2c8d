package vn.pcmt.businesses.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.hotspots.Hotspots;

/**
 * The businesses whose inspection found drug use at a hotspot, for the hotspot's page (ADR 037): the hotspot register
 * asks its {@link Hotspots.Links} and knows nothing of businesses. Only businesses inside the user's jurisdiction.
 */
@Component
class BusinessHotspotLinks implements Hotspots.Links {

    private final JdbcClient jdbc;
    private final UnitCoverage coverage;

    BusinessHotspotLinks(JdbcClient jdbc, UnitCoverage coverage) {
        this.jdbc = jdbc;
        this.coverage = coverage;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Hotspots.Link> linksTo(long hotspotId) {
        return jdbc
                .sql("select b.id, b.commune_id, b.name, max(i.inspected_on) as inspected_on from business_inspection i"
                        + " join business b on b.id = i.business_id and b.deleted_at is null"
                        + " where i.hotspot_id = :h and i.deleted_at is null"
                        + " group by b.id, b.commune_id, b.name order by max(i.inspected_on) desc, b.id")
                .param("h", hotspotId)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getLong("commune_id"),
                    rs.getString("name"),
                    rs.getObject("inspected_on", java.time.LocalDate.class)
                })
                .list()
                .stream()
                .filter(r -> coverage.covers(coverage.current(), (Long) r[1]))
                .map(r -> new Hotspots.Link(
                        "business.hotspot.link",
                        (String) r[2],
                        (java.time.LocalDate) r[3],
                        "/businesses/" + r[0],
                        "/api/v1/businesses/" + r[0]))
                .toList();
    }
}
