package vn.pcmt.facilities.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.pcmt.facilities.Clinics;

/** The clinics and dispensing points of the facility register for the substitution register (ADR 044). */
@Component
class ClinicDirectory implements Clinics {

    private static final String SELECT =
            "select f.id, f.name, f.commune_id, f.clinic_id from facility f where f.deleted_at is null and ";
    private static final String OPEN = " and f.valid_from <= :on and (f.valid_to is null or f.valid_to >= :on)";

    private final JdbcClient jdbc;

    ClinicDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Clinic> clinic(long id, LocalDate on) {
        return jdbc.sql(SELECT + "f.id = :id and f.kind = 'SUBSTITUTION_CLINIC'" + OPEN)
                .param("id", id)
                .param("on", on)
                .query(ClinicDirectory::row)
                .optional();
    }

    @Override
    public Optional<Clinic> dispensingPoint(long id, long clinicId, LocalDate on) {
        return jdbc.sql(SELECT + "f.id = :id and f.kind = 'DISPENSING_POINT' and f.clinic_id = :clinic" + OPEN)
                .param("id", id)
                .param("clinic", clinicId)
                .param("on", on)
                .query(ClinicDirectory::row)
                .optional();
    }

    @Override
    public Optional<Clinic> find(long id) {
        return jdbc.sql(SELECT + "f.id = :id and f.kind in ('SUBSTITUTION_CLINIC', 'DISPENSING_POINT')")
                .param("id", id)
                .query(ClinicDirectory::row)
                .optional();
    }

    @Override
    public List<Clinic> clinicsIn(long unitId, LocalDate on) {
        return jdbc.sql(SELECT + "f.kind = 'SUBSTITUTION_CLINIC'" + OPEN
                        + " and f.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                        + " order by f.name, f.id")
                .param("unit", unitId)
                .param("on", on)
                .query(ClinicDirectory::row)
                .list();
    }

    @Override
    public List<Clinic> dispensingPoints(long clinicId, LocalDate on) {
        return jdbc.sql(SELECT + "f.kind = 'DISPENSING_POINT' and f.clinic_id = :clinic" + OPEN
                        + " order by f.name, f.id")
                .param("clinic", clinicId)
                .param("on", on)
                .query(ClinicDirectory::row)
                .list();
    }

    private static Clinic row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Clinic(
                rs.getLong("id"), rs.getString("name"), rs.getLong("commune_id"), (Long) rs.getObject("clinic_id"));
    }
}
