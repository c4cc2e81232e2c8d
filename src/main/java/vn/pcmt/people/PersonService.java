package vn.pcmt.people;

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
import vn.pcmt.people.internal.PersonQueries;
import vn.pcmt.people.internal.PersonRepository;
import vn.pcmt.people.internal.ResidenceRepository;
import vn.pcmt.platform.RuleViolationException;

/**
 * Creating, finding and changing people, always inside the caller's jurisdiction. Every read of a record is in
 * the access log.
 */
@Service
@Transactional
public class PersonService {

    private static final LocalDate LAST_DAY_OF_63_PROVINCES = LocalDate.of(2025, 6, 30);

    private final PersonRepository people;
    private final ResidenceRepository residences;
    private final PersonQueries queries;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final VillageService villages;
    private final AccessLog accessLog;
    private final CurrentOfficer officer;
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
            CurrentOfficer officer) {
        this.people = people;
        this.residences = residences;
        this.queries = queries;
        this.units = units;
        this.coverage = coverage;
        this.villages = villages;
        this.accessLog = accessLog;
        this.officer = officer;
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Person create(PersonForm form) {
        AdminUnit commune = communeInJurisdiction(form.residenceCommuneCode());
        check(form, null);
        return insert(form, commune);
    }

    /**
     * Writes a person whose form an import has just passed through {@link #check} and whose commune through {@link
     * #communeInJurisdiction}, without asking the same questions again (the database still refuses an identification
     * number that became taken in between, and the import then writes nothing).
     */
    Person insert(PersonForm form, AdminUnit commune) {
        Person person = new Person(commune.id(), officer.username());
        person.apply(form);
        Long permanentCommune = permanentCommune(form);
        person.setPermanentResidence(permanentCommune, permanentVillage(form, permanentCommune));
        people.save(person);
        LocalDate since = form.residenceFrom() != null ? form.residenceFrom() : LocalDate.now();
        residences.save(new Residence(
                person.getId(),
                commune.id(),
                village(commune, form.residenceVillageId()),
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
        current.correct(
                village(units.findById(current.getCommuneId()).orElseThrow(), form.residenceVillageId()),
                form.residenceAddress());
        return people.saveAndFlush(person);
    }

    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public void delete(long id, long version) {
        Person person = visible(id);
        if (version != person.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Person.class, id);
        }
        person.delete(officer.username());
        people.saveAndFlush(person);
    }

    /** A person of the caller's jurisdiction, logged as a view of a personal record. */
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Person view(long id) {
        Person person = visible(id);
        accessLog.record(AccessEventKind.VIEW_PERSONAL_RECORD, "Person", id, null);
        return person;
    }

    /** The person for a change or a check, without logging a view (the change itself is audited). */
    @Transactional(readOnly = true)
    public Person visible(long id) {
        Person person = people.findById(id).filter(Person::isActive).orElseThrow();
        coverage.check(person.getUnitId());
        return person;
    }

    @Transactional(readOnly = true)
    public List<Residence> residences(long personId) {
        visible(personId);
        return residences.findByPersonIdOrderByValidFromDesc(personId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Page<PersonRow> search(PersonSearch search, Pageable pageable) {
        String jurisdiction = UnitCoverage.sqlCondition(coverage.current(), "p.unit_id");
        Long communeId = search.communeCode() == null
                ? null
                : units.find(search.communeCode(), LocalDate.now())
                        .map(AdminUnit::id)
                        .orElseThrow(() -> new RuleViolationException("person.commune.unknown", search.communeCode()));
        List<PersonRow> rows =
                queries.search(search, jurisdiction, communeId, (int) pageable.getOffset(), pageable.getPageSize());
        long total = queries.count(search, jurisdiction, communeId);
        boolean showIds = officer.can("PERSON_ID_NUMBER_VISIBLE");
        return new PageImpl<>(rows.stream().map(r -> showIds ? r : masked(r)).toList(), pageable, total);
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
        String idNumber = form.idNumber() == null || form.idNumber().isBlank()
                ? null
                : form.idNumber().strip();
        if (idNumber != null) {
            IdNumber.problem(idNumber, form.sex(), form.effectiveBirthYear(), provinceCodesOfBirth())
                    .ifPresent(key -> {
                        throw new RuleViolationException(key);
                    });
            List<Long> same = queries.withIdNumber(idNumber, exceptId);
            if (!same.isEmpty()) {
                throw new RuleViolationException(
                        Map.of("existingId", same.get(0)), "person.idNumber.duplicate", same.get(0));
            }
        }
        if (!form.duplicateConfirmed()) {
            List<PersonRow> candidates =
                    queries.sameNameAndBirth(form.fullName(), form.dateOfBirth(), form.effectiveBirthYear(), exceptId);
            if (!candidates.isEmpty()) {
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

    /** Codes of the 63 provinces of 2025: identification numbers keep them whatever the merger. */
    private Set<String> provinceCodesOfBirth() {
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

    AdminUnit communeInJurisdiction(String code) {
        AdminUnit commune = units.find(code, LocalDate.now())
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new RuleViolationException("person.commune.unknown", code));
        coverage.check(commune.id());
        return commune;
    }

    private Long permanentCommune(PersonForm form) {
        if (form.permanentCommuneCode() == null || form.permanentCommuneCode().isBlank()) {
            return null;
        }
        return units.find(form.permanentCommuneCode(), LocalDate.now())
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
        return villages.find(form.permanentVillageId())
                .filter(v -> v.getCommuneId() == permanentCommune.longValue())
                .map(v -> v.getId())
                .orElseThrow(() -> new RuleViolationException("person.village.notInCommune"));
    }

    private Long village(AdminUnit commune, Long villageId) {
        if (villageId == null) {
            return null;
        }
        return villages.find(villageId)
                .filter(v -> v.getCommuneId() == commune.id())
                .map(v -> v.getId())
                .orElseThrow(() -> new RuleViolationException("person.village.notInCommune"));
    }

    Residence currentResidence(long personId) {
        return residences.findByPersonIdOrderByValidFromDesc(personId).stream()
                .filter(r -> r.getValidTo() == null)
                .findFirst()
                .orElseThrow();
    }

    private static PersonRow masked(PersonRow r) {
        return new PersonRow(
                r.id(),
                r.fullName(),
                r.aliases(),
                r.birthDate(),
                r.birthYear(),
                r.sex(),
                IdNumber.mask(r.idNumber()),
                r.communeName(),
                r.officer(),
                r.statuses());
    }
}
