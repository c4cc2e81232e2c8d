/** Agencies of each province (departments, police, Front, unions, border guard, customs…): editable reference data. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo", "platform"})
package vn.pcmt.agencies;
