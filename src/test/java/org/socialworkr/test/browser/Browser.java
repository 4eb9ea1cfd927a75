package org.socialworkr.test.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by {@code /usr/bin/chromedriver}, set explicitly so Selenium
 * Manager never tries to download a driver. Every page it reaches through {@link #open} or
 * {@link #submit} is checked with axe-core ({@link Accessibility#assertAccessible}).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** A fresh browser with an empty profile, for the application at {@code baseUrl}. */
    public static Browser start(String baseUrl) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("socialworkr-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The path of the current page, with its query, as the application sees it. */
    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** Opens a path of the application, waits for the page and checks it with axe. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        pageLoaded();
        return this;
    }

    /** The form control whose {@code <label>} reads {@code label}, found as a person would. */
    public WebElement fieldLabelled(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]")));
        String id = labelElement.getDomAttribute("for");
        if (id != null && !id.isEmpty()) {
            return driver.findElement(By.id(id));
        }
        return labelElement.findElement(By.cssSelector("input, select, textarea"));
    }

    /** Replaces the text of the field labelled {@code label}. */
    public Browser fill(String label, String text) {
        WebElement field = fieldLabelled(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Ticks the checkbox labelled {@code label} unless it is ticked already. */
    public Browser check(String label) {
        WebElement box = fieldLabelled(label);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** The button or link with exactly this text in the main content (not the header's navigation). */
    public WebElement control(String text) {
        String literal = xpathLiteral(text);
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[normalize-space()=" + literal
                + "] | //main//a[normalize-space()=" + literal + "] | //main//input[@type='submit' and @value="
                + literal + "]")));
    }

    /** Presses the button or follows the link with this text, waits for the next page and checks it. */
    public Browser submit(String text) {
        WebElement control = control(text);
        WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        wait.until(ExpectedConditions.stalenessOf(page));
        pageLoaded();
        return this;
    }

    /** The visible text of the main landmark. */
    public String mainText() {
        return driver.findElement(By.cssSelector("main")).getText();
    }

    public String heading() {
        return driver.findElement(By.cssSelector("h1")).getText();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Presses keys on whatever has the focus, as a keyboard user would. */
    public Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    public WebElement activeElement() {
        return driver.switchTo().activeElement();
    }

    private void pageLoaded() {
        wait.until(d -> "complete".equals(script("return document.readyState")));
        Accessibility.assertAccessible(driver);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.out.println("Could not delete the browser profile " + profile + ": " + e);
        }
    }
}
