package eu.youthpass.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A headless Debian Chromium, driven like a person: open a page, fill a labelled field, click, read. Each instance
 * is a fresh profile (no cookies), so two browsers are two different people.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this(baseUrl, "en");
    }

    public Browser(String baseUrl, String acceptLanguage) {
        this.baseUrl = baseUrl;
        try {
            Path profile = Files.createTempDirectory("yp-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("yp.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1200,900", "--lang=" + acceptLanguage,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("yp.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser openUrl(String url) {
        driver.get(url);
        return this;
    }

    /** Types into the input whose visible label is exactly this text (labels are bound with for=). */
    public Browser fill(String label, String value) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Types a date into a date picker's text field as written (e.g. 31/12/2026), without opening its calendar. */
    public Browser fillDate(String label, String value) {
        WebElement input = field(label);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];", input, value);
        return this;
    }

    /** Sets a value without the browser's maxlength, as a hand-made request would. */
    public Browser force(String label, String value) {
        WebElement input = field(label);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];", input, value);
        return this;
    }

    public Browser select(String label, String visibleText) {
        new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(visibleText);
        return this;
    }

    public WebElement field(String label) {
        var labels = driver.findElements(By.xpath(
                "//label[normalize-space(.)=" + xpathLiteral(label) + " or normalize-space(.)=" + xpathLiteral(label + "*") + "]"));
        if (labels.isEmpty()) {
            throw new AssertionError("No field labelled '" + label + "' on " + driver.getCurrentUrl()
                    + " (screenshot " + screenshot("missing-field") + "):\n" + text());
        }
        return driver.findElement(By.id(labels.get(0).getAttribute("for")));
    }

    /** Clicks the button with this visible text (or, when there is none, the link) and waits for the next page. */
    public Browser click(String text) {
        String literal = xpathLiteral(text);
        var targets = driver.findElements(By.xpath("//button[normalize-space(.)=" + literal + "]"
                + " | //input[(@type='submit' or @type='button') and @value=" + literal + "]"));
        if (targets.isEmpty()) {
            targets = driver.findElements(By.xpath("//a[normalize-space(.)=" + literal + "]"));
        }
        if (targets.isEmpty()) {
            throw new AssertionError("Nothing to click labelled '" + text + "' on " + driver.getCurrentUrl() + ":\n" + text());
        }
        clickAndWait(targets.get(0));
        return this;
    }

    /**
     * Clicks an ajax button (or a link) with this visible text and returns at once, without waiting for a new page
     * as {@link #click} does: follow it with {@link #waitFor}.
     */
    public Browser press(String text) {
        String literal = xpathLiteral(text);
        By target = By.xpath("//button[normalize-space(.)=" + literal + "]"
                + " | //input[(@type='submit' or @type='button') and @value=" + literal + "]"
                + " | //a[normalize-space(.)=" + literal + "]");
        WebElement visible;
        try {
            // a confirmation dialog fades in
            visible = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElements(target).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException none) {
            throw new AssertionError("Nothing visible to press labelled '" + text + "' on " + driver.getCurrentUrl()
                    + ":\n" + text());
        }
        clickCentred(visible);
        return this;
    }

    /** Waits (up to {@code seconds}) until the page shows this text, e.g. after a slow ajax update. */
    public Browser waitFor(String visibleText, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> text().contains(visibleText));
        return this;
    }

    /** Clicks the button with this text in the table row that shows rowText (e.g. "Withdraw" next to an address). */
    public Browser clickInRow(String rowText, String buttonText) {
        var targets = driver.findElements(By.xpath("//tr[contains(normalize-space(.), " + xpathLiteral(rowText) + ")]"
                + "//button[normalize-space(.)=" + xpathLiteral(buttonText) + "]"));
        if (targets.size() != 1) {
            throw new AssertionError(targets.size() + " buttons '" + buttonText + "' in rows showing '" + rowText
                    + "' on " + driver.getCurrentUrl() + ":\n" + text());
        }
        clickAndWait(targets.get(0));
        return this;
    }

    /**
     * Clicks, then waits for what the click starts: a new page, or, for a PrimeFaces ajax button (or a dialog's
     * button that runs one), the end of its ajax requests.
     */
    private void clickAndWait(WebElement target) {
        WebElement html = driver.findElement(By.tagName("html"));
        boolean ajax = "true".equals(target.getAttribute("data-ajax")) || "button".equals(target.getAttribute("type"));
        clickCentred(target);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(150))
                    .until(d -> isGone(html) || ajax && ajaxDone());
        } catch (org.openqa.selenium.TimeoutException sameDocument) {
            // an update that left the document as it was
        }
    }

    private boolean ajaxDone() {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                    "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);"));
        } catch (org.openqa.selenium.WebDriverException navigating) {
            return false;
        }
    }

    /** Scrolls the element to the middle of the window first, so that no sticky bar covers it (as a person would). */
    private void clickCentred(WebElement target) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
    }

    /** The visible text of the element with this id, or "" when there is none (e.g. a table not rendered). */
    public String textOf(String id) {
        return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Picks the radio button or checkbox with this visible label. */
    public Browser choose(String label) {
        var labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
        if (labels.isEmpty()) {
            throw new AssertionError("No option labelled '" + label + "' on " + driver.getCurrentUrl() + ":\n" + text());
        }
        labels.get(0).click();
        return this;
    }

    /** Waits (up to 10 s) until the page shows this text, e.g. after an ajax update. */
    public Browser waitFor(String visibleText) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text().contains(visibleText));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError("'" + visibleText + "' not shown within 10 s on " + driver.getCurrentUrl()
                    + " (screenshot " + screenshot("wait-for") + "):\n" + text(), notShown);
        }
        return this;
    }

    /** True once the page this element belonged to has been replaced (Chromium reports that in two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Whether a field with this visible label is on the page (hidden parts of a page are not rendered at all). */
    public boolean hasField(String label) {
        return !driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label)
                + " or normalize-space(.)=" + xpathLiteral(label + "*") + "]")).isEmpty();
    }

    /** The page's HTML as received, including what is not visible (hidden inputs, option values). */
    public String source() {
        return driver.getPageSource();
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The message shown next to the field with this label (in the field's block, else right after the input). */
    public String messageFor(String label) {
        WebElement input = field(label);
        var fieldBlock = input.findElements(By.xpath("ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' yp-field ')][1]"));
        if (!fieldBlock.isEmpty()) {
            return fieldBlock.get(0).findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).findFirst().orElse("");
        }
        String id = input.getAttribute("id");
        return driver.findElements(By.cssSelector("[id='" + id + "'] ~ .ui-message, .ui-message[id$='" + id.substring(id.lastIndexOf(':') + 1) + "']"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    public WebDriver driver() {
        return driver;
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }

    static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "',\"'\",'") + "')";
    }
}
