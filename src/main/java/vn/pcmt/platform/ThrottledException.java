package vn.pcmt.platform;

/**
 * A request refused because the user made too many of its kind in a short time. A rule violation, so a form shows
 * its message like any other; the API answers 429 Too Many Requests.
 */
public class ThrottledException extends RuleViolationException {

    public ThrottledException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
