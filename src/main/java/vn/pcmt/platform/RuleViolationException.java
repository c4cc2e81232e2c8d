package vn.pcmt.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A request that breaks a rule of the domain (a duplicate name, a transition not allowed). Carries a message
 * key of {@code messages.properties} and its arguments; pages show it on the form, the API answers a 422 problem
 * with the {@code details} as extra members (e.g. the id of an existing record).
 */
public class RuleViolationException extends RuntimeException {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String messageKey;
    private final transient Object[] arguments;
    private final transient Map<String, Object> details;

    public RuleViolationException(String messageKey, Object... arguments) {
        this(Map.of(), messageKey, arguments);
    }

    public RuleViolationException(Map<String, Object> details, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = displayable(arguments);
        this.details = Map.copyOf(details);
    }

    /**
     * A rule about one field of a form, named as the form names it ({@code details.field}): a page shows the message
     * beside that field, the API names it in the problem.
     */
    public static RuleViolationException onField(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(Map.of("field", field), messageKey, arguments);
    }

    /** Dates in messages read as people write them here: dd/MM/yyyy. */
    private static Object[] displayable(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate date) {
                out[i] = DATE.format(date);
            }
        }
        return out;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> details() {
        return details;
    }

    /** The field of the form the rule is about, when it names one. */
    public Optional<String> field() {
        return details.get("field") instanceof String field && !field.isBlank() ? Optional.of(field) : Optional.empty();
    }
}
