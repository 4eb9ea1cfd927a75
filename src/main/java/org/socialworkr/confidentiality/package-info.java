/**
 * The confidentiality guard: before text is published, it is checked for what may identify a
 * client (names tied to client context, ages with specifics, dates of birth, SSNs, case and
 * record numbers, phone numbers, street addresses, email addresses), so the author can edit or
 * knowingly confirm.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *"})
package org.socialworkr.confidentiality;
