package vn.pcmt.reports.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.pcmt.platform.RuleViolationException;

/**
 * The parts of a state document (Decree 30/2020/NĐ-CP, Appendix I) that depend on who issues it: the body it belongs
 * to ({@code parentBody}, e.g. "UBND TỈNH HƯNG YÊN"; none for a people's committee), its own name ("CÔNG AN TỈNH"),
 * the symbol after the document's number ("CAT" in "Số: 12/BC-CAT"), the place name ("Hưng Yên", "Phố Hiến"), the
 * signature block (authority "TM. ỦY BAN NHÂN DÂN" or "KT. GIÁM ĐỐC", position "CHỦ TỊCH", signer's name) and the
 * recipients. {@code configured} tells whether the reporter set it or it is derived; {@code version} locks an edit.
 */
public record DocumentHeading(
        String parentBody,
        String issuingBody,
        String symbol,
        String place,
        String authority,
        String position,
        String signer,
        List<String> recipients,
        boolean configured,
        long version) {

    /** Capital letters (with Đ), digits and hyphens: "CAT", "UBND", "CAP-PC04". */
    private static final Pattern SYMBOL = Pattern.compile("[\\p{Lu}0-9]+(-[\\p{Lu}0-9]+)*");

    private static final Pattern ONLY_DIGITS = Pattern.compile("\\d+");

    /** The blank the clerk fills in by hand when the number is given at issue (Decree 30: the register's number). */
    private static final String BLANK = "\u00a0".repeat(8);

    public DocumentHeading {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * The heading with its text fields trimmed (blank → null), refused field by field when a required part is
     * missing or a part is too long or the symbol is not a symbol.
     */
    public DocumentHeading checked() {
        DocumentHeading h = new DocumentHeading(
                trim(parentBody),
                trim(issuingBody),
                trim(symbol),
                trim(place),
                trim(authority),
                trim(position),
                trim(signer),
                recipients.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                configured,
                version);
        require("issuingBody", h.issuingBody, 200);
        require("place", h.place, 100);
        longest("parentBody", h.parentBody, 200);
        longest("symbol", h.symbol, 30);
        longest("authority", h.authority, 100);
        longest("position", h.position, 100);
        longest("signer", h.signer, 100);
        if (String.join("\n", h.recipients).length() > 2000) {
            throw RuleViolationException.onField("recipients", "report.issuer.tooLong", 2000);
        }
        if (h.symbol != null && !SYMBOL.matcher(h.symbol).matches()) {
            throw RuleViolationException.onField("symbol", "report.issuer.symbol.invalid");
        }
        return h;
    }

    /**
     * The number as the document shows it after "Số: ": a number typed alone gets the kind and the symbol
     * ("12" → "12/BC-CAT"), a number typed whole stays as typed, no number leaves the blank to fill in by hand
     * ("        /BC-CAT").
     */
    public String number(String typed) {
        String suffix = "/BC" + (symbol == null ? "" : "-" + symbol);
        if (typed == null || typed.isBlank()) {
            return BLANK + suffix;
        }
        String t = typed.strip();
        return ONLY_DIGITS.matcher(t).matches() ? t + suffix : t;
    }

    /**
     * "Hưng Yên, ngày 06 tháng 12 năm 2026": the place and the date as Decree 30 writes them, the day below 10 and
     * the months 1 and 2 with a leading zero ("ngày 05 tháng 02", but "tháng 3").
     */
    public String placeDate(LocalDate date) {
        return place + ", " + stateDate(date);
    }

    /** "ngày 06 tháng 02 năm 2026" (Decree 30/2020, Appendix I, part II.5.b). */
    public static String stateDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month <= 2 ? "0" + month : month) + " năm "
                + date.getYear();
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void require(String field, String value, int max) {
        if (value == null) {
            throw RuleViolationException.onField(field, "report.issuer.required");
        }
        longest(field, value, max);
    }

    private static void longest(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw RuleViolationException.onField(field, "report.issuer.tooLong", max);
        }
    }
}
