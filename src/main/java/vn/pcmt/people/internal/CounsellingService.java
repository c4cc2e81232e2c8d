package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.facilities.Facilities;
import vn.pcmt.facilities.FacilityRef;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.platform.ListPeriod;
import vn.pcmt.platform.RuleViolationException;

/**
 * Counselling sessions (ADR 053): a health worker records a session with a person of the register at their station or
 * clinic (or a facility their jurisdiction covers); lists of sessions of the people the caller may see, by unit or by
 * facility, over a period. Reads are logged as the register logs its own; changes are audited (Envers).
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PERSON_READ')")
public class CounsellingService {

    public static final int LIST_LIMIT = 2000;

    private final CounsellingRepository sessions;
    private final PersonService people;
    private final Facilities facilities;
    private final UnitCoverage coverage;
    private final CurrentOfficer officer;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    CounsellingService(
            CounsellingRepository sessions,
            PersonService people,
            Facilities facilities,
            UnitCoverage coverage,
            CurrentOfficer officer,
            AccessLog accessLog,
            JdbcClient jdbc,
            Clock clock) {
        this.sessions = sessions;
        this.people = people;
        this.facilities = facilities;
        this.coverage = coverage;
        this.officer = officer;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A person's sessions, latest first (a logged view of the person's record). */
    @Transactional(readOnly = true)
    public List<CounsellingSession> ofPerson(long personId) {
        people.viewed(personId, "counselling");
        return sessions.findByPersonIdOrderBySessionDateDescIdDesc(personId);
    }

    /**
     * Records a session with a person the caller may see: not after today, at a facility open that day which is the
     * user's own workplace (a clinic's staff: only theirs) or lies in their jurisdiction.
     */
    @PreAuthorize("hasAuthority('COUNSELLING_EDIT')")
    public CounsellingSession record(long personId, CounsellingForm form) {
        people.visible(personId);
        if (form.date().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("date", "counselling.future", form.date());
        }
        FacilityRef facility = facility(form.facilityId(), form.date());
        return sessions.saveAndFlush(new CounsellingSession(personId, facility.id(), form, officer.username()));
    }

    /** Deletes a session recorded by mistake (kept in the history). */
    @PreAuthorize("hasAuthority('COUNSELLING_EDIT')")
    public void delete(long id, long version) {
        CounsellingSession session = sessions.findById(id).orElseThrow();
        people.visible(session.getPersonId());
        if (version != session.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(CounsellingSession.class, id);
        }
        session.delete(officer.username(), Instant.now(clock));
        sessions.saveAndFlush(session);
    }

    /** A session, for its person's page (a logged view). */
    @Transactional(readOnly = true)
    public CounsellingSession get(long id) {
        CounsellingSession session = sessions.findById(id).orElseThrow();
        people.viewed(session.getPersonId(), "counselling");
        return session;
    }

    /**
     * The sessions of people the caller may see held in [from, to]: of the people managed in the unit (a facility's
     * staff: their own people, whatever unit), or held at a facility when one is given; by date, latest first.
     */
    @Transactional(readOnly = true)
    public List<CounsellingRow> search(AdminUnit unit, Long facilityId, LocalDate from, LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        Jurisdiction mine = coverage.current();
        String where = facilityId != null
                ? "s.facility_id = :facility"
                : mine.isFacility()
                        ? "true"
                        : "p.unit_id in (select c.unit_id from unit_coverage c where" + " c.ancestor_id = :unit)";
        List<CounsellingRow> rows = jdbc.sql("select s.id, s.person_id, p.full_name, p.birth_year, s.session_date,"
                        + " s.facility_id, f.name as facility, s.kind, s.topic, s.counsellor"
                        + " from counselling_session s join person p on p.id = s.person_id"
                        + " join facility f on f.id = s.facility_id"
                        + " where s.deleted_at is null and p.deleted_at is null and p.merged_into_id is null"
                        + " and s.session_date between :from and :to and " + where + " and "
                        + people.jurisdictionCondition()
                        + " order by s.session_date desc, s.id desc limit :limit")
                .param("facility", facilityId == null ? 0L : facilityId)
                .param("unit", unit == null ? 0L : unit.id())
                .param("from", period.from())
                .param("to", period.to())
                .param("limit", LIST_LIMIT)
                .query((rs, n) -> new CounsellingRow(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        rs.getString("full_name"),
                        rs.getInt("birth_year"),
                        rs.getObject("session_date", LocalDate.class),
                        rs.getLong("facility_id"),
                        rs.getString("facility"),
                        CounsellingKind.valueOf(rs.getString("kind")),
                        CounsellingTopic.valueOf(rs.getString("topic")),
                        rs.getString("counsellor")))
                .list();
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS,
                "CounsellingSession",
                null,
                (unit == null ? "" : "unit=" + unit.code() + "; ") + "facility=" + facilityId + "; " + period.from()
                        + ".." + period.to() + "; returned=" + rows.size());
        return rows;
    }

    /** A facility's name, whatever its dates (facilities are no personal data). */
    @Transactional(readOnly = true)
    public String facilityName(long id) {
        return facilities.find(id).map(FacilityRef::name).orElse(null);
    }

    /** The user's station or clinic (ADR 043, 053), or null. */
    @Transactional(readOnly = true)
    public Long workplace() {
        return coverage.workplace();
    }

    private FacilityRef facility(Long asked, LocalDate day) {
        Jurisdiction mine = coverage.current();
        Long own = coverage.workplace();
        Long id = asked != null ? asked : own;
        if (id == null) {
            throw RuleViolationException.onField("facilityId", "counselling.facility.required");
        }
        if (mine.isFacility() && !mine.isFacility(id)) {
            throw new OutsideJurisdictionException();
        }
        FacilityRef facility = facilities
                .find(id)
                .filter(f -> f.openOn(day))
                .orElseThrow(() -> RuleViolationException.onField("facilityId", "counselling.facility.unknown", day));
        if (!id.equals(own) && !coverage.covers(mine, facility.communeId())) {
            throw new OutsideJurisdictionException();
        }
        return facility;
    }
}
