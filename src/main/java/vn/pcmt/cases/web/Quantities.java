package vn.pcmt.cases.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A seized quantity as entered, in the reader's notation and without trailing zeros: "250", "1,5", "12.000" in
 * Vietnamese ("1.5", "12,000" in English), never "250,000" for 250 grams.
 */
final class Quantities {

    private Quantities() {}

    static String text(BigDecimal quantity, Locale locale) {
        if (quantity == null) {
            return "";
        }
        BigDecimal plain = quantity.stripTrailingZeros();
        boolean english = "en".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        format.setParseBigDecimal(true);
        return format.format(plain);
    }
}
