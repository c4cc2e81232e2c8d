package vn.pcmt.platform;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain (a duplicate name, a transition not allowed). Carries a message
 * key of {@code messages.properties}; pages show it on the form, the API answers a 422 problem.
 */
public class RuleViolationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
