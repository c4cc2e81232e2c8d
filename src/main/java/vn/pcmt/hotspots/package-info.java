/**
 * Hotspots (điểm, tụ điểm phức tạp về ma túy): the register of places where drugs are sold or used, their
 * lifecycle (detected, eliminated, re-formed) and their figures per unit and period.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo", "metrics", "platform", "people"})
package vn.pcmt.hotspots;
