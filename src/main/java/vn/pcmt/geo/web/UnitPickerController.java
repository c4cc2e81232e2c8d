package vn.pcmt.geo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.internal.UnitPicker;

/**
 * What the unit picker of every form and filter offers (ADR 046): the pages' script asks {@code /units/picker} with
 * the session, API clients ask {@code /api/v1/units/search} with a token; both answer the same JSON list.
 */
@RestController
@Tag(name = "Đơn vị hành chính", description = "Units with their history across the 2025 reform")
class UnitPickerController {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final UnitPicker picker;

    UnitPickerController(UnitPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/units/picker")
    List<UnitPicker.Choice> page(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String scope) {
        // a page's field may hold a half-typed date or level: the picker then offers the units of today, any level
        LocalDate on;
        Set<UnitLevel> levels;
        try {
            on = date(date);
            levels = levels(level);
        } catch (IllegalArgumentException e) {
            on = null;
            levels = Set.of();
        }
        return picker.choices(q, on, levels, "all".equals(scope));
    }

    @GetMapping("/api/v1/units/search")
    @Operation(
            summary = "Units to pick by name or code (without diacritics), in force on a date, within the caller's"
                    + " jurisdiction (and the units containing it) unless scope=all; at most 20, best first")
    List<UnitPicker.Choice> api(
            @Parameter(description = "what was typed: words of the name (the province's name may be added) or a code")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "the form's date, dd/MM/yyyy or yyyy-MM-dd (today when empty)")
                    @RequestParam(required = false)
                    String date,
            @Parameter(description = "levels taken, comma-separated: province, district, commune (any when empty)")
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "all: units anywhere (a move to another province); else the jurisdiction")
                    @RequestParam(required = false)
                    String scope) {
        return picker.choices(q, date(date), levels(level), "all".equals(scope));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        throw new IllegalArgumentException("date");
    }

    private static Set<UnitLevel> levels(String text) {
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    levels.add(UnitLevel.parse(part).orElseThrow(() -> new IllegalArgumentException("level")));
                }
            }
        }
        return levels;
    }
}
