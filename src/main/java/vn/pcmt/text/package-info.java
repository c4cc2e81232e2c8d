/** Vietnamese text: accent folding for search and collation for sorting. Used by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.pcmt.text;
