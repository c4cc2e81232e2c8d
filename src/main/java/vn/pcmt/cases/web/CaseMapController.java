package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.pcmt.cases.SupplyMap;
import vn.pcmt.cases.internal.CasePoint;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.cases.internal.Substance;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;

/**
 * The map of the supply side over the province's boundary (ADR 045): the cases detected in a unit in a period with
 * what was seized, and the layers other registers contribute (cultivation plots); records without a point are listed
 * beside the map.
 */
@Controller
@PreAuthorize("hasAuthority('CASE_READ')")
class CaseMapController {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CaseService cases;
    private final List<SupplyMap.Layer> layers;
    private final RegisterScopes scopes;
    private final MessageSource messages;

    CaseMapController(CaseService cases, List<SupplyMap.Layer> layers, RegisterScopes scopes, MessageSource messages) {
        this.cases = cases;
        this.layers = layers;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/cases/map")
    String map(RegisterScope scope, Model model) {
        String code = scope.code();
        LocalDate start = scope.from();
        LocalDate end = scope.to();
        Locale locale = LocaleContextHolder.getLocale();
        List<CasePoint> found = cases.points(code, start, end);
        AdminUnit shown = scope.unit();
        Map<String, String> substances = new HashMap<>();
        for (Substance s : cases.substances()) {
            substances.put(s.code(), "en".equals(locale.getLanguage()) && s.nameEn() != null ? s.nameEn() : s.name());
        }
        List<SupplyMap.Point> points = new ArrayList<>();
        List<CaseLine> caseLines = new ArrayList<>();
        for (CasePoint c : found) {
            String articles = messages.getMessage(
                    "supplyMap.case.articles", new Object[] {String.join(", ", c.articles())}, locale);
            String seized = seized(c, substances, locale);
            String label = DMY.format(c.detectedOn()) + " · " + articles + " · " + c.summary()
                    + (seized.isEmpty() ? "" : " · " + seized);
            points.add(new SupplyMap.Point(
                    "CASE",
                    "CASE",
                    "case.stage." + c.stage(),
                    c.latitude(),
                    c.longitude(),
                    c.detectedOn(),
                    c.communeName(),
                    label,
                    "/cases/" + c.id()));
            caseLines.add(new CaseLine(c, articles, seized));
        }
        List<LayerView> others = layers.stream()
                .map(l -> new LayerView(l.nameKey(), l.points(code, start, end)))
                .toList();
        others.forEach(l -> points.addAll(l.points()));
        model.addAttribute("provinceCode", shown.provinceCode());
        model.addAttribute("caseLines", caseLines);
        model.addAttribute("layers", others);
        model.addAttribute(
                "points", points.stream().filter(SupplyMap.Point::located).toList());
        model.addAttribute(
                "located", points.stream().filter(SupplyMap.Point::located).count());
        model.addAttribute(
                "unlocated",
                points.size() - points.stream().filter(SupplyMap.Point::located).count());
        return "cases/map";
    }

    private String seized(CasePoint c, Map<String, String> substances, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (CasePoint.Seized z : c.seizures()) {
            if (z.substance() != null) {
                parts.add(substances.getOrDefault(z.substance(), z.substance()) + " "
                        + Quantities.text(z.quantity(), locale) + " "
                        + messages.getMessage("seizure.unit." + z.unit(), null, locale));
            } else if (z.otherItems() != null) {
                parts.add(z.otherItems());
            }
        }
        return String.join("; ", parts);
    }

    /** A case in the table beside the map. */
    record CaseLine(CasePoint kase, String articles, String seized) {}

    /** A layer of another register in the table beside the map. */
    record LayerView(String nameKey, List<SupplyMap.Point> points) {}
}
