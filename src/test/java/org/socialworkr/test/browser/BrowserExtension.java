package org.socialworkr.test.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Starts a browser for each test that asks for one, and keeps a screenshot and the HTML when it fails. */
class BrowserExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);
    private static final Path FAILURES = Path.of("target", "browser-failures");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, key -> Browser.start("http://localhost:" + port), Browser.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null) {
            keepEvidence(context, browser, failure);
        }
        throw failure;
    }

    private static void keepEvidence(ExtensionContext context, Browser browser, Throwable failure) {
        try {
            Files.createDirectories(FAILURES);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            Path screenshot = FAILURES.resolve(name + ".png");
            Files.write(screenshot, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), browser.driver().getPageSource());
            System.out.println("Browser test failed on " + browser.driver().getCurrentUrl()
                    + "; screenshot and HTML in " + FAILURES.toAbsolutePath() + "/" + name + ".*");
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
