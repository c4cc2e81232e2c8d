package vn.pcmt.hotspots.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.hotspots.Hotspots;
import vn.pcmt.hotspots.internal.BusinessKind;
import vn.pcmt.hotspots.internal.EliminationForm;
import vn.pcmt.hotspots.internal.Hotspot;
import vn.pcmt.hotspots.internal.HotspotActivity;
import vn.pcmt.hotspots.internal.HotspotFigures;
import vn.pcmt.hotspots.internal.HotspotForm;
import vn.pcmt.hotspots.internal.HotspotRow;
import vn.pcmt.hotspots.internal.HotspotSearch;
import vn.pcmt.hotspots.internal.HotspotService;
import vn.pcmt.hotspots.internal.HotspotShape;
import vn.pcmt.hotspots.internal.HotspotState;
import vn.pcmt.hotspots.internal.ReformationForm;
import vn.pcmt.platform.ListPeriod;

/** The hotspot register for other systems, inside the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/hotspots")
@Tag(name = "Điểm, tụ điểm", description = "Hotspots: record, eliminate, re-form, list and count")
class HotspotApiController {

    private final HotspotService hotspots;
    private final Clock clock;
    private final List<Hotspots.Links> links;
    private final MessageSource messages;

    HotspotApiController(HotspotService hotspots, Clock clock, List<Hotspots.Links> links, MessageSource messages) {
        this.hotspots = hotspots;
        this.clock = clock;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Hotspots of a unit (and what it covers) detected by a date, in a state on that date")
    List<HotspotRow> list(
            @Parameter(description = "unit code (province or commune)") @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) HotspotState state,
            @RequestParam(required = false) HotspotActivity activity) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return hotspots.search(new HotspotSearch(unit, on, state, activity));
    }

    @GetMapping("/stats")
    @Operation(
            summary = "Arisen, re-formed, eliminated and active hotspots of a unit over a period",
            description = "Without `from`, the period starts on 1 January of the year of `to`; without `to`, today.")
    HotspotFigures stats(
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ListPeriod period = ListPeriod.strict(from, to, clock);
        return hotspots.figures(unit, period.from(), period.to());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A hotspot, with the records of other registers linked to it",
            description = "`links` lists what other registers link to the hotspot and the caller may see: today the"
                    + " businesses whose inspection found drug use there, each with its kind, name, latest inspection"
                    + " day, page and API resource. `links` is present on this read only.")
    HotspotDto get(@PathVariable long id) {
        Hotspot h = hotspots.get(id);
        Locale locale = LocaleContextHolder.getLocale();
        List<LinkDto> linked = links.stream()
                .flatMap(l -> l.linksTo(id).stream())
                .map(l -> new LinkDto(
                        l.kindKey(),
                        messages.getMessage(l.kindKey(), null, l.kindKey(), locale),
                        l.name(),
                        l.on(),
                        l.href(),
                        l.apiHref()))
                .toList();
        return HotspotDto.of(h, hotspots.communeOf(h).code(), LocalDate.now(clock))
                .withLinks(linked);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a hotspot in a commune of the caller's jurisdiction")
    HotspotDto create(@Valid @RequestBody HotspotForm form) {
        Hotspot h = hotspots.record(form);
        return HotspotDto.of(h, hotspots.communeOf(h).code(), LocalDate.now(clock));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a hotspot; `version` must be the one read")
    HotspotDto update(@PathVariable long id, @Valid @RequestBody HotspotForm form) {
        Hotspot h = hotspots.correct(id, form);
        return HotspotDto.of(h, hotspots.communeOf(h).code(), LocalDate.now(clock));
    }

    @PostMapping("/{id}/elimination")
    @Operation(summary = "Record the elimination (triệt xóa) of an active hotspot")
    HotspotDto eliminate(@PathVariable long id, @Valid @RequestBody EliminationForm form) {
        Hotspot h = hotspots.eliminate(id, form);
        return HotspotDto.of(h, hotspots.communeOf(h).code(), LocalDate.now(clock));
    }

    @PostMapping("/{id}/reformation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record new activity at an eliminated hotspot: a new hotspot linked to it (tái hình thành)")
    HotspotDto reform(@PathVariable long id, @Valid @RequestBody ReformationForm form) {
        Hotspot h = hotspots.reform(id, form);
        return HotspotDto.of(h, hotspots.communeOf(h).code(), LocalDate.now(clock));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a hotspot recorded by mistake (kept in the history)")
    void delete(@PathVariable long id, @RequestParam long version) {
        hotspots.delete(id, version);
    }

    /** A hotspot as the API shows it. */
    record HotspotDto(
            long id,
            String communeCode,
            Long villageId,
            HotspotShape shape,
            HotspotActivity activity,
            String name,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            BusinessKind businessKind,
            String businessName,
            LocalDate detectedOn,
            String source,
            LocalDate eliminatedOn,
            String eliminationMeasure,
            String eliminationDecision,
            Long reformedFromId,
            List<Long> suspectIds,
            HotspotState state,
            long version,
            List<LinkDto> links) {

        HotspotDto withLinks(List<LinkDto> linked) {
            return new HotspotDto(
                    id,
                    communeCode,
                    villageId,
                    shape,
                    activity,
                    name,
                    address,
                    latitude,
                    longitude,
                    businessKind,
                    businessName,
                    detectedOn,
                    source,
                    eliminatedOn,
                    eliminationMeasure,
                    eliminationDecision,
                    reformedFromId,
                    suspectIds,
                    state,
                    version,
                    linked);
        }

        static HotspotDto of(Hotspot h, String communeCode, LocalDate today) {
            return new HotspotDto(
                    h.getId(),
                    communeCode,
                    h.getVillageId(),
                    h.getShape(),
                    h.getActivity(),
                    h.getName(),
                    h.getAddress(),
                    h.getLatitude(),
                    h.getLongitude(),
                    h.getBusinessKind(),
                    h.getBusinessName(),
                    h.getDetectedOn(),
                    h.getSource(),
                    h.getEliminatedOn(),
                    h.getEliminationMeasure(),
                    h.getEliminationDecision(),
                    h.getReformedFromId(),
                    h.getSuspectIds().stream().sorted().toList(),
                    h.stateOn(today),
                    h.getVersion(),
                    null);
        }
    }

    /**
     * A record of another register linked to the hotspot: its kind (a message key, and its label), name, day (the
     * latest inspection for a business), page and API resource.
     */
    record LinkDto(String kind, String kindLabel, String name, LocalDate on, String href, String apiHref) {}
}
