package org.socialworkr.confidentiality.internal;

import java.util.List;

/**
 * One kind of client identifier. A rule only finds spans; the guard adds the reasons and
 * resolves overlaps between rules. To add a rule, write a class and list it in {@link Rules}.
 */
interface Rule {

    List<Span> find(String text);
}
