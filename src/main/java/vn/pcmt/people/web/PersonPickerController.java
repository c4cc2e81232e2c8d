package vn.pcmt.people.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.people.internal.IdNumber;
import vn.pcmt.people.internal.Person;
import vn.pcmt.people.internal.PersonRow;
import vn.pcmt.people.internal.PersonSearch;
import vn.pcmt.people.internal.PersonService;

/**
 * What the person picker of a form offers (ADR 053): the people of the register inside the user's jurisdiction whose
 * name or alias holds the text typed (without diacritics), or is one typo from it (ADR 056), or whose identification
 * number it is, at most 20 — the register's own search, logged as a search; a record id typed is offered when that person is visible. The label
 * shows the identification number masked, as the register's list does.
 */
@RestController
@PreAuthorize("hasAuthority('PERSON_READ')")
class PersonPickerController {

    private static final int LIMIT = 20;

    /** A person to pick: the record id as the code the form sends, "name — year — masked number — commune". */
    record Choice(String code, String name, String label) {}

    private final PersonService people;

    PersonPickerController(PersonService people) {
        this.people = people;
    }

    @GetMapping("/people/picker")
    List<Choice> choices(@RequestParam(defaultValue = "") String q) {
        String text = q.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.matches("\\d{1,8}")) {
            try {
                Person p = people.visible(Long.parseLong(text));
                return List.of(new Choice(
                        text,
                        p.getFullName(),
                        label(p.getFullName(), p.getBirthYear(), IdNumber.mask(p.getIdNumber()), null)));
            } catch (NoSuchElementException | OutsideJurisdictionException e) {
                return List.of();
            }
        }
        return people
                .search(new PersonSearch(text, null, null, null, null, null), PageRequest.of(0, LIMIT))
                .getContent()
                .stream()
                .map(PersonPickerController::choice)
                .toList();
    }

    private static Choice choice(PersonRow r) {
        return new Choice(
                String.valueOf(r.id()),
                r.fullName(),
                label(r.fullName(), r.birthYear(), r.idNumber(), r.communeName()));
    }

    private static String label(String name, int birthYear, String idNumber, String commune) {
        StringBuilder label = new StringBuilder(name).append(" — ").append(birthYear);
        if (idNumber != null && !idNumber.isBlank()) {
            label.append(" — ").append(idNumber);
        }
        if (commune != null && !commune.isBlank()) {
            label.append(" — ").append(commune);
        }
        return label.toString();
    }
}
