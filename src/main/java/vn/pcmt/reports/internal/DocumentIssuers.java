package vn.pcmt.reports.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.CurrentUsers;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyKind;
import vn.pcmt.geo.AdminUnit;

/**
 * Who a report's document says issues it (Decree 30/2020/NĐ-CP): the reporter's own settings when it has kept them,
 * otherwise defaults derived from the unit or the agency. The callers check who may read or change a reporter's
 * settings (the report's reader, its writer); this keeps and derives them.
 */
@Service
@Transactional(readOnly = true)
public class DocumentIssuers {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DocumentIssuerRepository issuers;
    private final MessageSource messages;
    private final CurrentUsers users;
    private final Clock clock;

    DocumentIssuers(DocumentIssuerRepository issuers, MessageSource messages, CurrentUsers users, Clock clock) {
        this.issuers = issuers;
        this.messages = messages;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The heading of a reporter's documents: a unit alone ({@code agency} empty; the unit of the report), or an
     * agency of the province ({@code unit} is then the province).
     */
    public DocumentHeading heading(AdminUnit unit, AdminUnit province, Optional<Agency> agency) {
        return issuers.findReporter(unit.id(), agency.map(Agency::getId).orElse(null))
                .map(DocumentIssuer::heading)
                .orElseGet(() -> defaults(unit, province, agency));
    }

    /**
     * The defaults of Decree 30 for a reporter without settings. An agency belongs to the province's people's
     * committee ("UBND TỈNH HƯNG YÊN" above "CÔNG AN TỈNH HƯNG YÊN"), is placed at the province, and the police and
     * the people's committee get their usual symbols (CAT, CATP in a centrally-run city, UBND). A unit's report is
     * its people's committee's: no body above it, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", the unit's own place name.
     */
    DocumentHeading defaults(AdminUnit unit, AdminUnit province, Optional<Agency> agency) {
        List<String> recipients = List.of(text("report.docx.recipientsList").split("\\|"));
        if (agency.isPresent()) {
            Agency a = agency.get();
            String symbol =
                    switch (a.getKind()) {
                        case POLICE -> city(province) ? "CATP" : "CAT";
                        case PEOPLES_COMMITTEE -> "UBND";
                        default -> null;
                    };
            String position = a.getKind() == AgencyKind.POLICE || a.getKind() == AgencyKind.DEPARTMENT
                    ? text("report.issuer.default.director")
                    : null;
            return new DocumentHeading(
                    text("report.issuer.default.committeeShort") + " " + upper(province.fullName()),
                    upper(a.getName()),
                    symbol,
                    place(province),
                    null,
                    position,
                    null,
                    recipients,
                    false,
                    0);
        }
        return new DocumentHeading(
                null,
                text("report.issuer.default.committee") + " " + upper(unit.fullName()),
                "UBND",
                place(unit),
                text("report.issuer.default.onBehalf"),
                text("report.issuer.default.chair"),
                null,
                recipients,
                false,
                0);
    }

    /** Keeps a reporter's settings (a new revision of them), refused when another edit came first. */
    @Transactional
    public DocumentHeading save(long unitId, Long agencyId, DocumentHeading heading) {
        DocumentHeading checked = heading.checked();
        Optional<DocumentIssuer> kept = issuers.findReporter(unitId, agencyId);
        if (kept.map(DocumentIssuer::getVersion).orElse(0L) != checked.version()) {
            throw new ObjectOptimisticLockingFailureException(DocumentIssuer.class, unitId);
        }
        DocumentIssuer issuer = kept.orElseGet(() -> new DocumentIssuer(unitId, agencyId));
        issuer.apply(checked);
        return issuers.saveAndFlush(issuer).heading();
    }

    /** Goes back to the defaults: the settings are deleted softly (their history stays). */
    @Transactional
    public void reset(long unitId, Long agencyId, long version) {
        issuers.findReporter(unitId, agencyId).ifPresent(issuer -> {
            if (issuer.getVersion() != version) {
                throw new ObjectOptimisticLockingFailureException(DocumentIssuer.class, issuer.getId());
            }
            issuer.delete(users.require().username(), clock.instant());
            issuers.saveAndFlush(issuer);
        });
    }

    /**
     * The place name of Decree 30: the unit's name without its kind ("Hưng Yên", "Phố Hiến"), its full name when
     * the name is a number ("Phường 15").
     */
    static String place(AdminUnit unit) {
        String name = unit.name() == null || unit.name().isBlank() ? unit.fullName() : unit.name();
        return Character.isDigit(name.charAt(0)) ? unit.fullName() : name;
    }

    private static boolean city(AdminUnit province) {
        return province.fullName().startsWith("Thành phố");
    }

    private static String upper(String s) {
        return s.toUpperCase(VI);
    }

    private String text(String key) {
        return messages.getMessage(key, null, VI);
    }
}
