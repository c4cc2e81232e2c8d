/** Users, roles, permissions, login, password policy, lockout, and the jurisdiction of the current user. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo", "agencies", "audit", "platform"})
package vn.pcmt.access;
