package vn.pcmt.plans.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.pcmt.platform.RuleViolationException;

/** A refused change shown on its form: beside the field the rule names, or above the form. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult errors, RuleViolationException e) {
        if (e.details().get("field") instanceof String field) {
            errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    /** The same, and the line a duplicate points at, for the page to mark it. */
    static void reject(BindingResult errors, RuleViolationException e, Model model) {
        reject(errors, e);
        if (e.details().get("existingLineId") instanceof Long existing) {
            model.addAttribute("existingLineId", existing);
        }
    }
}
