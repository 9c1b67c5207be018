package org.hamsafar.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests, with a profile folder of its own that {@link #close()}
 * deletes. It is Debian's chromium and chromium-driver, which .ci/run installs: where they are
 * missing the test is skipped locally, but fails in CI (CI=true) rather than pass unseen.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a window of {@code windowSize} ("1280,900") and any further arguments ("--lang=fa"). */
    public static HeadlessChromium start(String windowSize, String... extraArguments) throws IOException {
        return start(new ChromeOptions(), windowSize, extraArguments);
    }

    /** As above, from {@code options} that already hold a test's own preferences or capabilities. */
    /** A browser that keeps its console's messages, for tests that assert a page logs no errors. */
    public static HeadlessChromium startKeepingConsole(String windowSize, String... extraArguments) throws IOException {
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setCapability("goog:loggingPrefs", logs);
        return start(options, windowSize, extraArguments);
    }

    public static HeadlessChromium start(ChromeOptions options, String windowSize, String... extraArguments) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(installed, "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        }
        Path profile = Files.createTempDirectory("hamsafar-chromium-");
        options.setBinary(CHROMIUM.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=" + windowSize);
        options.addArguments(extraArguments);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /** The console's errors so far (a browser started with {@link #startKeepingConsole}). */
    public java.util.List<org.openqa.selenium.logging.LogEntry> consoleErrors() {
        return driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait of up to {@code patience} that retries when the page is replaced under it: after a
     * click that navigates (the language links, sign-in), an element found just before the new
     * page arrives goes stale, which a plain wait reports as a failure instead of trying again.
     */
    public WebDriverWait waitUpTo(Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the window shows as target/screenshots/{name}.png and returns that file. */
    public Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Quits the browser and deletes its profile folder. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
