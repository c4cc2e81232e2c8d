/** Change history (Hibernate Envers revisions with the user) and the access log, and the pages to search both. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"text", "geo"})
package vn.pcmt.audit;
