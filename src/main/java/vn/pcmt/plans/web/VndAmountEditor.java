package vn.pcmt.plans.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in đồng as people type them here: "1.250.000.000", "1 250 000 000 đ" or "1250000000" (a dot groups
 * thousands, as in Vietnamese; a comma is the decimal mark, which an amount in đồng should not have). Shown back
 * grouped with dots.
 */
class VndAmountEditor extends PropertyEditorSupport {

    private static final Pattern SUFFIX = Pattern.compile("(?i)(đồng|đ|₫|vnđ|vnd)$");
    private static final Pattern DOT_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPS = Pattern.compile("-?\\d{1,3}(,\\d{3}){2,}");

    @Override
    public void setAsText(String text) {
        setValue(parse(text));
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal amount ? format(amount) : "";
    }

    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("[\\s\\u00a0]", "");
        s = SUFFIX.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            return null;
        }
        if (DOT_GROUPS.matcher(s).matches()) {
            s = s.replace(".", "");
        } else if (COMMA_GROUPS.matcher(s).matches()) {
            s = s.replace(",", "");
        } else {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: " + text, e);
        }
    }

    static String format(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return f.format(amount);
    }
}
