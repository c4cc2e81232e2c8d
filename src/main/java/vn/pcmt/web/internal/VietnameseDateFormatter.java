package vn.pcmt.web.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Dates as people write them here, dd/MM/yyyy; ISO yyyy-MM-dd is accepted too, since the API and date
 * pickers send it.
 */
public final class VietnameseDateFormatter implements Formatter<LocalDate> {

    public static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter LENIENT_INPUT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String value = text.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, LENIENT_INPUT) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParseException(value, e.getErrorIndex());
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return DISPLAY.format(date);
    }
}
