/** The small shared kernel every module may use: errors, audit events, rate limits, Markdown, web helpers. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.socialworkr.common;
