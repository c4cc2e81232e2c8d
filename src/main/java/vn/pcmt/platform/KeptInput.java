package vn.pcmt.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.springframework.beans.BeanUtils;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;

/**
 * A form (a record) that could not be built from what was typed, built again for the page that shows it back. When
 * a value does not convert (30/02/2025 for a date), Spring records the error and every value typed but leaves the
 * form itself null; the page then needs the form to show its other parts. The fields that failed stay empty in the
 * record, while the page still shows what was typed in them (it reads the binding result).
 */
public final class KeptInput {

    private KeptInput() {}

    /**
     * The form in the model under {@code name}, rebuilt from the binding result when binding left it null; the
     * binding result stays in the model with it.
     */
    public static <T> T inModel(Model model, String name, Class<T> type, BindingResult errors) {
        Object present = model.getAttribute(name);
        if (type.isInstance(present)) {
            return type.cast(present);
        }
        T rebuilt = of(type, errors);
        if (rebuilt != null) {
            model.addAttribute(name, rebuilt);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        }
        return rebuilt;
    }

    /**
     * The form of a page shown again (ADR 019, ADR 049): the one in the model under {@code name}, or, when a binding
     * result stands beside it (the form was refused, here or before a redirect), the form as typed, rebuilt when
     * binding left it null; null when the model has neither.
     */
    public static <T> T kept(Model model, String name, Class<T> type) {
        if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult errors) {
            return inModel(model, name, type, errors);
        }
        return type.cast(model.getAttribute(name));
    }

    /** A record of the values the binding result kept, the ones that failed left empty; null for other types. */
    public static <T> T of(Class<T> type, BindingResult errors) {
        if (!type.isRecord()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> componentType = components[i].getType();
            Object value = errors.getFieldValue(components[i].getName());
            if (value == null
                    || !ClassUtils.resolvePrimitiveIfNecessary(componentType).isInstance(value)) {
                value = componentType.isPrimitive() ? defaultOf(componentType) : null;
            }
            args[i] = value;
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return BeanUtils.instantiateClass(canonical, args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object defaultOf(Class<?> primitive) {
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
    }
}
