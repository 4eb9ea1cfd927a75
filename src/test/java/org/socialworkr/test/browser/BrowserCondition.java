package org.socialworkr.test.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.socialworkr.test.RequiredServices;

class BrowserCondition implements ExecutionCondition {

    static final String BROWSER_TESTS = "socialworkr.test.browser";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("false".equals(System.getProperty(BROWSER_TESTS))) {
            return ConditionEvaluationResult.disabled(BROWSER_TESTS + "=false: browser tests are off for this run");
        }
        return RequiredServices.evaluate(context, "Chromium and ChromeDriver", missing());
    }

    private static String missing() {
        for (Path executable : new Path[] {Browser.CHROMIUM, Browser.CHROMEDRIVER}) {
            if (!Files.isExecutable(executable)) {
                return executable + " is missing (apt-get install chromium chromium-driver)";
            }
        }
        return null;
    }
}
