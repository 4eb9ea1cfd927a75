package org.socialworkr.test.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** axe-core on the current page: every violation is printed, serious and critical ones fail the test. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core could not check %s: %s", driver.getCurrentUrl(), results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses())
                .as("axe-core checked nothing on %s", driver.getCurrentUrl())
                .isNotEmpty();
        List<Rule> violations = results.getViolations();
        violations.forEach(rule -> System.out.println(describe(driver.getCurrentUrl(), rule)));
        List<String> blocking = violations.stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> describe(driver.getCurrentUrl(), rule))
                .toList();
        assertThat(blocking)
                .as("serious or critical accessibility violations on %s", driver.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(String url, Rule rule) {
        StringBuilder text = new StringBuilder("axe ")
                .append(rule.getImpact())
                .append(" on ")
                .append(url)
                .append(": ")
                .append(rule.getId())
                .append(" - ")
                .append(rule.getHelp())
                .append(" (")
                .append(rule.getHelpUrl())
                .append(')');
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append(' ').append(node.getHtml());
            if (node.getFailureSummary() != null) {
                text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
            }
        }
        return text.toString();
    }
}
