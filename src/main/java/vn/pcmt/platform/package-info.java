/** Infrastructure that no domain module owns: the embedded database and typed configuration. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.pcmt.platform;
