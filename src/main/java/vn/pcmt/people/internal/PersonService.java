package vn.pcmt.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitSearch;
import vn.pcmt.geo.UnitService;
import vn.pcmt.geo.VillageService;
import vn.pcmt.people.People;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.platform.ThrottledException;

/**
 * Creating, finding and changing people, always inside the caller's jurisdiction. Every read of a record is in
 * the access log.
 */
@Service
@Transactional
public class PersonService implements People {

    private static final LocalDate LAST_DAY_OF_63_PROVINCES = LocalDate.of(2025, 6, 30);

    private final PersonRepository people;
    private final ResidenceRepository residences;
    private final PersonQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final VillageService villages;
    private final AccessLog accessLog;
    private final CurrentOfficer officer;
    private final DuplicateProbes probes;
    private final Clock clock;
    private final TransferRepository transfers;
    /** The official list of 2025 does not change: read once. */
    private volatile Set<String> provinceCodes;

    PersonService(
            PersonRepository people,
            ResidenceRepository residences,
            PersonQueries queries,
            UnitService units,
            UnitCoverage coverage,
            VillageService villages,
            AccessLog accessLog,
            CurrentOfficer officer,
            DuplicateProbes probes,
            Clock clock,
            TransferRepository transfers) {
        this.people = people;
        this.residences = residences;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.villages = villages;
        this.accessLog = accessLog;
        this.officer = officer;
        this.probes = probes;
        this.clock = clock;
        this.transfers = transfers;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Person create(PersonForm form) {
        AdminUnit commune = communeInJurisdiction(form.residenceCommuneCode(), form.residenceFrom());
        check(form, null);
        return insert(form, commune);
    }

    /**
     * Writes a person whose form an import has just passed through {@link #check} and whose commune through {@link
     * #communeInJurisdiction}, without asking the same questions again (the database still refuses an identification
     * number that became taken in between, and the import then writes nothing).
     */
    Person insert(PersonForm form, AdminUnit commune) {
        Person person = new Person(commune.id());
        person.apply(form);
        Long permanentCommune = permanentCommune(form);
        person.setPermanentResidence(permanentCommune, permanentVillage(form, permanentCommune));
        people.save(person);
        LocalDate since = form.residenceFrom() != null ? form.residenceFrom() : LocalDate.now(clock);
        residences.save(new Residence(
                person.getId(),
                commune.id(),
                village(commune.id(), form.residenceVillageId()),
                form.residenceAddress(),
                since));
        return person;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Person update(long id, PersonForm form) {
        Person person = visible(id);
        if (form.version() == null || form.version() != person.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Person.class, id);
        }
        check(form, id);
        person.apply(form);
        Long permanentCommune = permanentCommune(form);
        person.setPermanentResidence(permanentCommune, permanentVillage(form, permanentCommune));
        Residence current = currentResidence(id);
        current.correct(village(current.getCommuneId(), form.residenceVillageId()), form.residenceAddress());
        return people.saveAndFlush(person);
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public void delete(long id, long version) {
        Person person = visible(id);
        if (version != person.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Person.class, id);
        }
        Instant now = Instant.now(clock);
        person.delete(officer.username(), now);
        // a deleted record moves nowhere: its pending move is cancelled, as when it is merged
        transfers
                .findByPersonIdAndStatus(id, TransferStatus.PENDING)
                .ifPresent(t -> t.decide(TransferAction.CANCEL, officer.username(), now));
        people.saveAndFlush(person);
    }

    /** A person of the caller's jurisdiction, logged as a view of a personal record. */
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Person view(long id) {
        Person person = visible(id);
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "Person", id, null);
        return person;
    }

    /**
     * A person of the caller's jurisdiction, for a read of a part of their record (episodes, events, documents,
     * residences): logged as a view of the record, naming the part. A refusal is logged by the error handlers.
     */
    Person viewed(long id, String part) {
        Person person = visible(id);
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "Person", id, part);
        return person;
    }

    /** Logs a list of people shown to the caller (a work list, pending transfers): what it was and how many. */
    void listed(String subjectType, String detail) {
        accessLog.record(AccessEventKind.LIST_PERSONAL_RECORDS, subjectType, null, detail);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<String> idNumberProblem(String idNumber, boolean female, int birthYear) {
        return IdNumber.problem(idNumber, female ? Sex.FEMALE : Sex.MALE, birthYear, provinceCodesOfBirth());
    }

    @Override
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public long byPapers(String idNumber, Integer birthYear, String field) {
        String number = idNumber == null ? "" : idNumber.strip();
        if (!number.matches("[0-9]{12}") || birthYear == null) {
            throw RuleViolationException.onField(field, "placement.person.papers");
        }
        if (probes.exhausted(officer.username())) {
            throw new vn.pcmt.platform.ThrottledException("person.duplicate.throttled");
        }
        List<Long> found = queries.byIdNumberAndBirthYear(number, birthYear);
        if (found.size() != 1) {
            probes.found(officer.username(), 0L);
            throw RuleViolationException.onField(field, "placement.person.notFound");
        }
        return found.get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public String visibleName(long personId) {
        return visible(personId).getFullName();
    }

    /** The person for a change or a check, without logging a view (the change itself is audited). */
    @Transactional(readOnly = true)
    public Person visible(long id) {
        Person person = people.findById(id).filter(Person::isActive).orElseThrow();
        vn.pcmt.geo.Jurisdiction jurisdiction = coverage.current();
        if (jurisdiction.isFacility()) {
            if (!queries.placedAt(id, jurisdiction.facilityId(), LocalDate.now(clock), officer.username())) {
                throw new vn.pcmt.geo.OutsideJurisdictionException();
            }
        } else {
            coverage.check(person.getUnitId());
        }
        return person;
    }

    /**
     * The SQL condition keeping people {@code p} inside the caller's jurisdiction: the units it covers, or for a
     * facility's staff (ADR 043) the people placed at the facility today or whose placement there they recorded.
     */
    String jurisdictionCondition() {
        vn.pcmt.geo.Jurisdiction jurisdiction = coverage.current();
        if (jurisdiction.isFacility()) {
            return PersonQueries.placedCondition(
                    "p.id", jurisdiction.facilityId(), LocalDate.now(clock), officer.username());
        }
        return UnitCoverage.sqlCondition(jurisdiction, "p.unit_id");
    }

    /** An active person, without a jurisdiction check: the caller checks (a placement, ADR 043). */
    Person findActive(long id) {
        return people.findById(id).filter(Person::isActive).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Residence> residences(long personId) {
        viewed(personId, "residences");
        return residences.findByPersonIdOrderByValidFromDesc(personId);
    }

    /**
     * A page of people matching the search, inside the caller's jurisdiction. Identification numbers are masked in
     * lists whatever the role (the whole number is on the person's record, a logged view); the search, with its
     * criteria and the number of people returned, is in the access log.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Page<PersonRow> search(PersonSearch search, Pageable pageable) {
        search = search.onOr(LocalDate.now(clock));
        Page<PersonRow> page = rows(search, pageable, true);
        accessLog.record(
                AccessEventKind.LIST_PERSONAL_RECORDS,
                "PersonSearch",
                null,
                describe(search) + "; returned=" + page.getNumberOfElements() + " of " + page.getTotalElements());
        return page;
    }

    /** The rows of a search, with identification numbers masked or, for roles that may see them, whole. */
    Page<PersonRow> rows(PersonSearch search, Pageable pageable, boolean maskAll) {
        String jurisdiction = jurisdictionCondition();
        Long communeId = search.communeCode() == null
                ? null
                : units.find(search.communeCode(), LocalDate.now(clock))
                        .map(AdminUnit::id)
                        .orElseThrow(() -> new RuleViolationException("person.commune.unknown", search.communeCode()));
        List<PersonRow> rows =
                queries.search(search, jurisdiction, communeId, (int) pageable.getOffset(), pageable.getPageSize());
        long total = queries.count(search, jurisdiction, communeId);
        boolean showIds = !maskAll && officer.can("PERSON_ID_NUMBER_VISIBLE");
        return new PageImpl<>(rows.stream().map(r -> showIds ? r : r.masked()).toList(), pageable, total);
    }

    /** The criteria of a search as the access log keeps them. */
    static String describe(PersonSearch search) {
        List<String> parts = new java.util.ArrayList<>();
        if (search.text() != null && !search.text().isBlank()) {
            parts.add("q=" + search.text().strip());
        }
        if (search.birthYear() != null) {
            parts.add("birthYear=" + search.birthYear());
        }
        if (search.communeCode() != null) {
            parts.add("commune=" + search.communeCode());
        }
        if (search.officer() != null && !search.officer().isBlank()) {
            parts.add("officer=" + search.officer().strip());
        }
        if (search.status() != null) {
            parts.add("status=" + search.status());
        }
        if (search.date() != null) {
            parts.add("date=" + search.date());
        }
        return parts.isEmpty() ? "all" : String.join("; ", parts);
    }

    /** The person's statuses on a date. */
    @Transactional(readOnly = true)
    public Set<PersonStatus> statuses(long personId, LocalDate date) {
        visible(personId);
        return queries.statuses(List.of(personId), date).getOrDefault(personId, Set.of());
    }

    /** The identification number as this user may see it: whole, or masked for roles that do not need it. */
    public String idNumberFor(Person person) {
        return officer.can("PERSON_ID_NUMBER_VISIBLE") ? person.getIdNumber() : IdNumber.mask(person.getIdNumber());
    }

    /** The checks of a new or changed person, without writing: used by {@link #create} and by imports. */
    void check(PersonForm form, Long exceptId) {
        if (!form.hasBirth()) {
            throw new RuleViolationException("person.birth.required");
        }
        if (form.dateOfBirth() != null
                && form.birthYear() != null
                && form.dateOfBirth().getYear() != form.birthYear()) {
            throw new RuleViolationException("person.birth.mismatch");
        }
        if (probes.exhausted(officer.username())) {
            throw new ThrottledException("person.duplicate.throttled");
        }
        String jurisdiction = jurisdictionCondition();
        String idNumber = form.idNumber() == null || form.idNumber().isBlank()
                ? null
                : form.idNumber().strip();
        if (idNumber != null) {
            IdNumber.problem(idNumber, form.sex(), form.effectiveBirthYear(), provinceCodesOfBirth())
                    .ifPresent(key -> {
                        throw new RuleViolationException(key);
                    });
            checkNoOtherRecordWith(idNumber, exceptId, jurisdiction);
        }
        if (!form.duplicateConfirmed()) {
            List<PersonRow> candidates = queries.sameNameAndBirth(
                    form.fullName(), form.dateOfBirth(), form.effectiveBirthYear(), exceptId, jurisdiction);
            if (!candidates.isEmpty()) {
                accessLog.record(
                        AccessEventKind.LIST_PERSONAL_RECORDS,
                        "Person",
                        null,
                        "duplicate check: " + candidates.size() + " candidates "
                                + candidates.stream()
                                        .map(c -> String.valueOf(c.id()))
                                        .collect(Collectors.joining(",")));
                throw new RuleViolationException(
                        Map.of(
                                "candidates",
                                candidates.stream()
                                        .map(c -> Map.of(
                                                "id", c.id(), "fullName", c.fullName(), "birthYear", c.birthYear()))
                                        .toList()),
                        "person.duplicate.possible",
                        candidates.size());
            }
        }
    }

    /**
     * Refuses an identification number already on another active record. Inside the caller's jurisdiction the answer
     * names the record; outside it says only that another unit holds one and how to ask for it, and the check counts
     * towards {@link DuplicateProbes}.
     */
    private void checkNoOtherRecordWith(String idNumber, Long exceptId, String jurisdiction) {
        List<PersonQueries.Match> same = queries.withIdNumber(idNumber, exceptId, jurisdiction);
        for (PersonQueries.Match match : same) {
            if (match.inside()) {
                throw new RuleViolationException(
                        Map.of("existingId", match.id()), "person.idNumber.duplicate", match.id());
            }
        }
        if (!same.isEmpty()) {
            probes.found(officer.username(), same.get(0).id());
            throw new RuleViolationException("person.idNumber.elsewhere");
        }
    }

    /** Codes of the 63 provinces of 2025: identification numbers keep them whatever the merger. */
    Set<String> provinceCodesOfBirth() {
        Set<String> codes = provinceCodes;
        if (codes == null) {
            codes = loadProvinceCodes();
            provinceCodes = codes;
        }
        return codes;
    }

    private Set<String> loadProvinceCodes() {
        return units
                .search(
                        new UnitSearch(UnitLevel.PROVINCE, LAST_DAY_OF_63_PROVINCES, null, null),
                        org.springframework.data.domain.PageRequest.of(0, 100))
                .stream()
                .map(AdminUnit::code)
                .collect(Collectors.toSet());
    }

    /**
     * The commune of a residence: the unit with that code today, else the one in force when the residence began (a
     * commune of 2021 that no longer exists, ADR 026); refused outside the caller's jurisdiction.
     */
    AdminUnit communeInJurisdiction(String code, LocalDate since) {
        LocalDate today = LocalDate.now(clock);
        AdminUnit commune = units.find(code, today)
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .or(() -> since == null || since.isAfter(today)
                        ? java.util.Optional.empty()
                        : units.find(code, since).filter(u -> u.level() == UnitLevel.COMMUNE))
                .orElseThrow(() -> new RuleViolationException("person.commune.unknown", code));
        coverage.check(commune.id());
        return commune;
    }

    private Long permanentCommune(PersonForm form) {
        if (form.permanentCommuneCode() == null || form.permanentCommuneCode().isBlank()) {
            return null;
        }
        return units.find(form.permanentCommuneCode(), LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .map(AdminUnit::id)
                .orElseThrow(() -> new RuleViolationException("person.commune.unknown", form.permanentCommuneCode()));
    }

    /** The permanent village: an existing village of the permanent commune, or none. */
    private Long permanentVillage(PersonForm form, Long permanentCommune) {
        if (form.permanentVillageId() == null) {
            return null;
        }
        if (permanentCommune == null) {
            throw new RuleViolationException("person.permanentVillage.withoutCommune");
        }
        return village(permanentCommune, form.permanentVillageId());
    }

    /** A village of the commune, or none; a village that does not exist or lies elsewhere is refused. */
    private Long village(long communeId, Long villageId) {
        if (villageId == null) {
            return null;
        }
        return villages.find(villageId)
                .filter(v -> v.getCommuneId() == communeId)
                .map(v -> v.getId())
                .orElseThrow(() -> new RuleViolationException("person.village.notInCommune"));
    }

    Residence currentResidence(long personId) {
        return residences.findByPersonIdOrderByValidFromDesc(personId).stream()
                .filter(r -> r.getValidTo() == null)
                .findFirst()
                .orElseThrow();
    }
}
