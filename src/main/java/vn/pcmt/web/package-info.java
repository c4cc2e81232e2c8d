/** The web shell: layout, navigation, home page, error pages and problems, i18n and date formats. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "text",
            "geo",
            "access",
            "agencies",
            "audit",
            "platform",
            "people",
            "localities",
            "metrics",
            "plans",
            "reports"
        })
package vn.pcmt.web;
