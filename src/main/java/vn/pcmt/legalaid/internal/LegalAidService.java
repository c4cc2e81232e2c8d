package vn.pcmt.legalaid.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.Jurisdiction;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.people.People;
import vn.pcmt.platform.ListPeriod;
import vn.pcmt.platform.RuleViolationException;

/**
 * Requests for legal aid: record, answer (eligible or not, served), correct, delete (softly), list; always inside the
 * caller's jurisdiction ({@link UnitCoverage}); the person, when named, is one of the register the caller may see.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('LEGAL_AID_READ')")
public class LegalAidService {

    public static final int LIST_LIMIT = 2000;

    private final LegalAidRequestRepository requests;
    private final LegalAidQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final AgencyService agencies;
    private final People people;
    private final Clock clock;

    LegalAidService(
            LegalAidRequestRepository requests,
            LegalAidQueries queries,
            UnitService units,
            UnitCoverage coverage,
            AgencyService agencies,
            People people,
            Clock clock) {
        this.requests = requests;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.agencies = agencies;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LegalAidRow> search(String unitCode, LocalDate from, LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return queries.list(
                coverage.visibleUnit(unitCode.strip(), period.to()).id(), period.from(), period.to(), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public LegalAidRequest get(long id) {
        LegalAidRequest request = requests.findById(id).orElseThrow();
        coverage.check(request.getCommuneId());
        return request;
    }

    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    public LegalAidRequest record(LegalAidForm form) {
        AdminUnit commune = checked(form);
        LegalAidRequest request = new LegalAidRequest(commune.id(), form);
        return requests.saveAndFlush(request);
    }

    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    public LegalAidRequest correct(long id, LegalAidForm form) {
        LegalAidRequest request = editable(id, form.version());
        request.apply(checked(form).id(), form);
        return requests.saveAndFlush(request);
    }

    /** Eligible or not, and served: the answer to a request. */
    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    public LegalAidRequest answer(long id, AnswerForm form) {
        LegalAidRequest request = editable(id, form.version());
        checkAnswer(request.getCommuneId(), request.getRequestedOn(), form);
        request.answer(form);
        return requests.saveAndFlush(request);
    }

    @PreAuthorize("hasAuthority('LEGAL_AID_EDIT')")
    public void delete(long id, long version) {
        LegalAidRequest request = editable(id, version);
        request.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        requests.saveAndFlush(request);
    }

    @Transactional(readOnly = true)
    public AdminUnit communeOf(LegalAidRequest request) {
        return units.findById(request.getCommuneId()).orElseThrow();
    }

    /** The person's name for those who read the request (they read the register of their unit). */
    @Transactional(readOnly = true)
    public String personName(LegalAidRequest request) {
        if (request.getPersonId() == null) {
            return null;
        }
        try {
            return people.visibleName(request.getPersonId());
        } catch (NoSuchElementException | vn.pcmt.geo.OutsideJurisdictionException e) {
            return null;
        }
    }

    @Transactional(readOnly = true)
    public String agencyName(Long id) {
        return id == null ? null : agencies.find(id).map(Agency::getName).orElse(null);
    }

    /** The agencies of the caller's province (a national user: none) that may provide the service. */
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        Jurisdiction jurisdiction = coverage.current();
        if (jurisdiction.isNational()) {
            return List.of();
        }
        return agencies.list(units.provinceCodeOf(jurisdiction, UnitService.FIRST_PROVINCE));
    }

    private LegalAidRequest editable(long id, Long version) {
        LegalAidRequest request = get(id);
        if (version == null || version != request.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(LegalAidRequest.class, id);
        }
        return request;
    }

    /** The commune in force on the day of the request, inside the jurisdiction; the person; the answer. */
    private AdminUnit checked(LegalAidForm form) {
        LocalDate day = form.requestedOn();
        if (day.isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("requestedOn", "legalaid.future", day);
        }
        String code = form.communeCode().strip();
        AdminUnit commune = units.find(code, day)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(
                        () -> RuleViolationException.onField("communeCode", "legalaid.commune.unknown", code, day));
        coverage.check(commune.id());
        if (form.personId() != null) {
            try {
                people.visibleName(form.personId());
            } catch (NoSuchElementException e) {
                throw RuleViolationException.onField("personId", "legalaid.person.unknown", form.personId());
            }
        }
        checkAnswer(
                commune.id(),
                day,
                new AnswerForm(
                        form.eligible(),
                        form.eligibilityReason(),
                        form.servedOn(),
                        form.providerAgencyId(),
                        form.providerName(),
                        form.version()));
        return commune;
    }

    /**
     * Not eligible needs its reason; only an eligible request is served, not before it was made nor in the future,
     * by an agency of the province or a named centre.
     */
    private void checkAnswer(long communeId, LocalDate requestedOn, AnswerForm form) {
        if (Boolean.FALSE.equals(form.eligible()) && blank(form.eligibilityReason())) {
            throw RuleViolationException.onField("eligibilityReason", "legalaid.reason.missing");
        }
        if (form.servedOn() == null) {
            if (form.providerAgencyId() != null || !blank(form.providerName())) {
                throw RuleViolationException.onField("servedOn", "legalaid.served.dateMissing");
            }
            return;
        }
        if (!Boolean.TRUE.equals(form.eligible())) {
            throw RuleViolationException.onField("servedOn", "legalaid.served.notEligible");
        }
        if (form.servedOn().isBefore(requestedOn)) {
            throw RuleViolationException.onField("servedOn", "legalaid.served.beforeRequest", requestedOn);
        }
        if (form.servedOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("servedOn", "legalaid.future", form.servedOn());
        }
        if (form.providerAgencyId() == null && blank(form.providerName())) {
            throw RuleViolationException.onField("providerName", "legalaid.provider.missing");
        }
        if (form.providerAgencyId() != null) {
            Agency agency = agencies.find(form.providerAgencyId())
                    .filter(a -> !a.isDeleted())
                    .orElseThrow(() -> RuleViolationException.onField("providerAgencyId", "legalaid.agency.unknown"));
            Optional<AdminUnit> province = units.find(agency.getProvinceCode(), LocalDate.now(clock));
            if (province.isEmpty()
                    || !coverage.covers(Jurisdiction.of(province.get().id()), communeId)) {
                throw RuleViolationException.onField(
                        "providerAgencyId", "legalaid.agency.otherProvince", agency.getName());
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
