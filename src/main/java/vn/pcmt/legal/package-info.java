/** Rules of law as data (durations, deadlines, thresholds) with the dates they are in force and their sources. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "geo"})
package vn.pcmt.legal;
