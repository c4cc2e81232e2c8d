package vn.pcmt.people;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.pcmt.people.internal.DeterminationResult;
import vn.pcmt.people.internal.EndReason;
import vn.pcmt.people.internal.Episode;
import vn.pcmt.people.internal.EpisodeForm;
import vn.pcmt.people.internal.EpisodeKind;
import vn.pcmt.people.internal.EventForm;
import vn.pcmt.people.internal.EventKind;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonEvent;
import vn.pcmt.people.internal.PersonForm;
import vn.pcmt.people.internal.PersonService;
import vn.pcmt.people.internal.RecordService;
import vn.pcmt.people.internal.RehabForm;
import vn.pcmt.people.internal.Sex;
import vn.pcmt.people.internal.SubstitutionDrug;
import vn.pcmt.people.internal.TestResult;

/** Builds people and their records through the services, as a signed-in officer would. */
@Component
public class PeopleFixture {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500_000));

    private final PersonService people;
    private final RecordService records;
    private final UserDetailsService users;

    PeopleFixture(PersonService people, RecordService records, UserDetailsService users) {
        this.people = people;
        this.records = records;
        this.users = users;
    }

    public void signIn(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A man born on the date, living in the commune since 1/1/2023, with a fresh identification number. */
    public Person person(String communeCode, String name, LocalDate birth) {
        return people.create(form(communeCode, name, birth, idNumber(birth, Sex.MALE)));
    }

    public static PersonForm form(String communeCode, String name, LocalDate birth, String idNumber) {
        return new PersonForm(
                name,
                null,
                birth,
                null,
                Sex.MALE,
                idNumber,
                null,
                "Kinh",
                null,
                null,
                null,
                null,
                communeCode,
                null,
                "Số 1",
                LocalDate.of(2023, 1, 1),
                null,
                null,
                true,
                null);
    }

    public static String idNumber(LocalDate birth, Sex sex) {
        int centurySex = (birth.getYear() >= 2000 ? 2 : 0) + (sex == Sex.MALE ? 0 : 1);
        return "033" + centurySex + String.format("%02d", birth.getYear() % 100)
                + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
    }

    public Episode open(Person person, EpisodeForm form) {
        return records.open(person.getId(), form);
    }

    public PersonEvent record(Person person, EventForm form) {
        return records.record(person.getId(), form);
    }

    public static EpisodeForm management(LocalDate decision) {
        return new EpisodeForm(
                EpisodeKind.DRUG_USE_MANAGEMENT,
                null,
                decision,
                null,
                null,
                null,
                null,
                "12/QĐ-UBND",
                decision,
                "Chủ tịch UBND",
                null,
                null,
                null);
    }

    public static EpisodeForm determination(LocalDate requested, LocalDate resultDate, DeterminationResult result) {
        return new EpisodeForm(
                EpisodeKind.ADDICTION_DETERMINATION,
                null,
                requested,
                null,
                resultDate,
                null,
                result,
                null,
                null,
                null,
                "Trạm Y tế",
                "BS. Lê Văn Tâm",
                null);
    }

    public static EpisodeForm rehab(RehabForm form, LocalDate start, LocalDate plannedEnd) {
        return new EpisodeForm(
                EpisodeKind.REHAB,
                form.name(),
                start,
                plannedEnd,
                null,
                null,
                null,
                form.compulsory() ? "05/QĐ-TA" : null,
                form.compulsory() ? start : null,
                null,
                "Cơ sở cai nghiện",
                null,
                null);
    }

    public static EpisodeForm rehabDone(RehabForm form, LocalDate start, LocalDate plannedEnd, LocalDate end) {
        return new EpisodeForm(
                EpisodeKind.REHAB,
                form.name(),
                start,
                plannedEnd,
                end,
                EndReason.COMPLETED,
                null,
                form.compulsory() ? "05/QĐ-TA" : null,
                form.compulsory() ? start : null,
                null,
                "Cơ sở cai nghiện",
                null,
                null);
    }

    public static EpisodeForm postRehab(LocalDate start) {
        return new EpisodeForm(
                EpisodeKind.POST_REHAB_MANAGEMENT,
                null,
                start,
                null,
                null,
                null,
                null,
                "20/QĐ-UBND",
                start,
                "Chủ tịch UBND",
                null,
                null,
                null);
    }

    /** Methadone treatment from the date, running. */
    public static EpisodeForm substitution(LocalDate start) {
        return new EpisodeForm(
                EpisodeKind.SUBSTITUTION_TREATMENT,
                SubstitutionDrug.METHADONE.name(),
                start,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Cơ sở điều trị Methadone tỉnh",
                null,
                null);
    }

    public static EventForm test(LocalDate date, TestResult result) {
        return new EventForm(EventKind.DRUG_TEST, date, "Test nhanh", "Methamphetamine", result, null, null, null);
    }
}
