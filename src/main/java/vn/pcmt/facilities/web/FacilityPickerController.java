package vn.pcmt.facilities.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.facilities.internal.FacilityKind;
import vn.pcmt.facilities.internal.FacilityQueries;
import vn.pcmt.facilities.internal.FacilityRow;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScopes;
import vn.pcmt.geo.UnitService;
import vn.pcmt.text.VietnameseText;

/**
 * What the facility picker of a form offers (ADR 053): the facilities open today in the user's province whose name
 * holds the words typed (without diacritics), of the kinds asked, at most 20, by name; the id typed is offered as it
 * is. Facilities are no personal data (ADR 044): any signed-in user reads their own province's.
 */
@RestController
class FacilityPickerController {

    private static final int LIMIT = 20;

    /** A facility to pick: its id as the code the form sends, "name — commune" as the label. */
    record Choice(String code, String name, String label) {}

    private final FacilityQueries queries;
    private final RegisterScopes scopes;
    private final UnitService units;
    private final Clock clock;

    FacilityPickerController(FacilityQueries queries, RegisterScopes scopes, UnitService units, Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/facilities/picker")
    List<Choice> choices(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String kind) {
        LocalDate today = LocalDate.now(clock);
        Set<FacilityKind> kinds = kinds(kind);
        String typed = VietnameseText.fold(q == null ? "" : q.strip());
        List<String> words =
                Arrays.stream(typed.split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return units.find(scopes.ownProvince(), today).map(AdminUnit::id).stream()
                .flatMap(province -> queries.list(province, null, today, 5000).stream())
                .filter(f -> kinds.isEmpty() || kinds.contains(f.kind()))
                .filter(f -> typed.matches("\\d+")
                        ? String.valueOf(f.id()).equals(typed)
                        : words.stream()
                                .allMatch(w -> VietnameseText.fold(f.name()).contains(w)))
                .sorted(VietnameseText.comparing(FacilityRow::name))
                .limit(LIMIT)
                .map(f -> new Choice(String.valueOf(f.id()), f.name(), f.name() + " — " + f.communeName()))
                .toList();
    }

    private static Set<FacilityKind> kinds(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .flatMap(s -> "REHAB".equalsIgnoreCase(s)
                            ? java.util.stream.Stream.of(FacilityKind.PUBLIC_REHAB, FacilityKind.PRIVATE_REHAB)
                            : java.util.stream.Stream.of(FacilityKind.valueOf(s.toUpperCase(java.util.Locale.ROOT))))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }
}
