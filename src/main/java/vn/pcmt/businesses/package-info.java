/**
 * Businesses under security conditions (cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự): their
 * register, inspections with the violations found and the sanction, the licence suspended or revoked, and their
 * figures in the metric catalogue (ADR 033). Its root holds nothing other modules call. An inspection that found
 * drug use may refer to a hotspot through {@code hotspots.Hotspots} (ADR 037).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"text", "geo", "metrics", "platform", "hotspots"})
package vn.pcmt.businesses;
