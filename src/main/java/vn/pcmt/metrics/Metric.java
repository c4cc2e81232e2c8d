package vn.pcmt.metrics;

/**
 * A named figure: {@code code} is stable (plans refer to it), {@code unit} says what is counted, {@code module}
 * which module computes it. {@code name} and {@code definition} come from the messages ({@code metric.<code>} and
 * {@code metric.<code>.def}) in the user's language.
 */
public record Metric(String code, String name, String definition, MetricKind kind, String unit, String module) {

    /** A metric as a source declares it; the catalogue adds its name and definition. */
    public static Metric of(String code, MetricKind kind, String unit, String module) {
        return new Metric(code, null, null, kind, unit, module);
    }

    Metric named(String name, String definition) {
        return new Metric(code, name, definition, kind, unit, module);
    }
}
