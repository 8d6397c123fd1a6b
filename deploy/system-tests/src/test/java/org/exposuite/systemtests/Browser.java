package org.exposuite.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor's browser: the machine's headless Chromium with a fresh profile, in English or Chinese, on the suite's
 * gateway. Each instance is a new person (nothing shared with another instance); close it when done.
 */
public final class Browser implements AutoCloseable {

    /** The languages a visitor's browser may ask for first. */
    public enum Language {
        ENGLISH("en-GB", "en-GB,en"),
        CHINESE("zh-CN", "zh-CN,zh");

        private final String flag;
        private final String acceptLanguages;

        Language(String flag, String acceptLanguages) {
            this.flag = flag;
            this.acceptLanguages = acceptLanguages;
        }
    }

    // generous: the build machine is shared and a cold service may take seconds on its first requests
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("exposuite.browser-wait-seconds", 30));
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(Language language) {
        int number = COUNT.incrementAndGet();
        try {
            profile = Files.createTempDirectory(Suite.work(), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("exposuite.chromium", "CHROME_PATH", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + profile, "--lang=" + language.flag);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.acceptLanguages));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(setting("exposuite.chromedriver", "CHROMEDRIVER_PATH", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .withLogFile(Suite.work().resolve("logs").resolve("chromedriver-" + number + ".log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        base = Suite.gateway();
    }

    /** A first-time visitor whose browser asks for the language. */
    public static Browser speaking(Language language) {
        return new Browser(language);
    }

    /** A first-time visitor whose browser asks for English. */
    public static Browser english() {
        return new Browser(Language.ENGLISH);
    }

    /** A first-time visitor whose browser asks for Chinese (navigator.languages starts with zh-CN). */
    public static Browser chinese() {
        return new Browser(Language.CHINESE);
    }

    /** Opens a path of the site (e.g. /register.html) or an absolute address the site gave. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits until the element is in the page and visible. */
    public WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element is in the page, visible or not (e.g. a radio button styled as a card). */
    public WebElement present(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element shows text, and returns it. */
    public String textOf(String css) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            String text = found.isEmpty() || !found.get(0).isDisplayed() ? "" : found.get(0).getText().strip();
            return text.isEmpty() ? null : text;
        });
    }

    /** Waits until the element's text contains the fragment (ignoring case), and returns the whole text. */
    public String textContaining(String css, String fragment) {
        return waiting().withMessage(() -> css + " never contained '" + fragment + "'; it shows: " + currentText(css)).until(d -> {
            String text = currentText(css);
            return text.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)) ? text : null;
        });
    }

    public String currentText(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    /** Clicks an element once it can be clicked; a choice drawn by its label (the input hidden) is clicked on the label. */
    public void click(String css) {
        WebElement element = present(css);
        scrollTo(element);
        String id = element.getAttribute("id");
        boolean choice = element.getTagName().equalsIgnoreCase("input") && id != null && !id.isEmpty()
                && !driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty();
        try {
            waiting().withTimeout(choice ? Duration.ofSeconds(2) : WAIT)
                    .until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (ElementNotInteractableException | TimeoutException e) {
            if (!choice) {
                throw e;
            }
            WebElement label = driver.findElement(By.cssSelector("label[for='" + id + "']"));
            scrollTo(label);
            waiting().until(ExpectedConditions.elementToBeClickable(label)).click();
        }
    }

    /** Ticks a checkbox or radio button (by what a user clicks: the input itself or its label). */
    public void check(String css) {
        WebElement input = present(css);
        if (!input.isSelected()) {
            click(css);
        }
        waiting().withMessage(() -> css + " is not checked").until(d -> input.isSelected());
    }

    public void uncheck(String css) {
        WebElement input = present(css);
        if (input.isSelected()) {
            click(css);
        }
        waiting().withMessage(() -> css + " is still checked").until(d -> !input.isSelected());
    }

    /** Types into a field, replacing what it held; a select is chosen by value. */
    public void fill(String name, String value) {
        // form controls only: a page's <meta name="description"> shares the name of a field
        By control = By.cssSelector(String.format("input[name='%1$s'], select[name='%1$s'], textarea[name='%1$s']", name));
        WebElement field = waiting().until(ExpectedConditions.elementToBeClickable(control));
        if (field.getTagName().equalsIgnoreCase("select")) {
            waiting().withMessage(() -> "no option " + value + " in " + name)
                    .until(d -> !field.findElements(By.cssSelector("option[value='" + value + "']")).isEmpty());
            new Select(field).selectByValue(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The language the page currently shows (its html lang). */
    public String pageLanguage() {
        return (String) script("return document.documentElement.lang;");
    }

    /**
     * The picture an img element shows, as PNG bytes, drawn from the decoded image itself (a blob: address cannot be
     * fetched again under the site's connect-src policy).
     */
    public byte[] pictureOf(String css) {
        WebElement image = visible(css);
        waiting().withMessage(() -> css + " never finished loading a picture")
                .until(d -> Boolean.TRUE.equals(script("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        String dataUrl = (String) script("""
                const image = arguments[0];
                const canvas = document.createElement('canvas');
                canvas.width = image.naturalWidth;
                canvas.height = image.naturalHeight;
                canvas.getContext('2d').drawImage(image, 0, 0);
                return canvas.toDataURL('image/png');""", image);
        return Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
    }

    /** Saves the whole page (not only the window) as a PNG, e.g. for the README. */
    public Path screenshot(Path file) {
        Dimension window = driver.manage().window().getSize();
        try {
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height, 600), 6000)));
            script("window.scrollTo({top: 0, left: 0, behavior: 'instant'});");
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** What the browser refused under the page's Content-Security-Policy since the last call. */
    public List<String> policyViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                violations.add(message);
            }
        }
        return violations;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    }

    /** Brings the element to the middle of the window at once (the site scrolls smoothly, which would move it under the click). */
    public void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a profile left in target/ is harmless
            }
        }
    }
}
