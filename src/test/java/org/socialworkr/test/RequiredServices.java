package org.socialworkr.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides what happens to a test whose outside service (PostgreSQL, Chromium) is missing. On a
 * newcomer's machine it is skipped with a message on the console, so {@code ./mvnw verify} passes
 * with nothing but a JDK. CI sets {@code -Dsocialworkr.test.require-services=true}: there a
 * missing service fails the test, so it can never be skipped silently.
 */
public final class RequiredServices {

    public static final String REQUIRE_SERVICES = "socialworkr.test.require-services";

    private RequiredServices() {}

    public static boolean required() {
        return Boolean.getBoolean(REQUIRE_SERVICES);
    }

    /**
     * @param missing why the service cannot be used, for example "/usr/bin/chromium is missing",
     *     or {@code null} when it is there
     */
    public static ConditionEvaluationResult evaluate(ExtensionContext context, String service, String missing) {
        if (missing == null) {
            return ConditionEvaluationResult.enabled(service + " is available");
        }
        String test = context.getDisplayName();
        if (required()) {
            throw new ExtensionConfigurationException(test + " needs " + service + ", but " + missing + " ("
                    + REQUIRE_SERVICES + "=true makes it mandatory)");
        }
        String reason = test + " needs " + service + ", but " + missing + "; CI makes this mandatory (-D"
                + REQUIRE_SERVICES + "=true)";
        System.out.println("SKIPPED: " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
