package vn.pcmt.platform;

/**
 * What any text sent to the application may hold, checked once for the whole application (the API's JSON and the
 * pages' parameters) before anything reaches the database: no control character but tab, line feed and carriage
 * return (PostgreSQL refuses NUL in text; the others only hide data), no half of a surrogate pair, and at most
 * {@link #MAX_LENGTH} characters. Each field keeps its own, smaller limit ({@code @Size} on its form), which this
 * one only backs.
 */
public final class InputText {

    /** The longest text any field accepts; the longest fields (report narratives) allow 20,000 characters. */
    public static final int MAX_LENGTH = 20_000;

    private InputText() {}

    /** The text itself when it may be stored; refused with the reason otherwise. Null stays null. */
    public static String checked(String text) {
        Problem problem = problemOf(text);
        if (problem != null) {
            throw new Refused(problem);
        }
        return text;
    }

    /** What is wrong with a text, or null when nothing is. */
    public static Problem problemOf(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Problem.BROKEN_CHARACTER;
            } else if (forbidden(c)) {
                return Problem.CONTROL_CHARACTER;
            }
        }
        return null;
    }

    /** The text without the characters it may not hold (to show back what was typed), cut at the limit. */
    public static String cleaned(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
        for (int i = 0; i < text.length() && b.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !forbidden(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean forbidden(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /** Why a text is refused; {@link #messageKey()} says it in the messages files. */
    public enum Problem {
        CONTROL_CHARACTER("input.text.control"),
        BROKEN_CHARACTER("input.text.broken"),
        TOO_LONG("input.text.tooLong");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A text refused by {@link #checked}; an {@link IllegalArgumentException}, as binders expect of a bad value. */
    public static final class Refused extends IllegalArgumentException {

        private final Problem problem;

        Refused(Problem problem) {
            super(problem.messageKey());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
