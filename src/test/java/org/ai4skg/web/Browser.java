package org.ai4skg.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (both paths set, so Selenium Manager never
 * downloads anything), with a fresh profile, a chosen Accept-Language, and the network log recorded. The one place
 * where the browser tests set up Selenium.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ai4s.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ai4s.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final List<String> requested = new ArrayList<>();

    Browser(String acceptLanguages) {
        try {
            profile = Files.createTempDirectory("ai4s-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1400",
                "--lang=" + acceptLanguages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // A condition may read an element of the page that a navigation has just replaced: ask again, do not fail.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** Saves a screenshot as {@code target/screenshots/NAME.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL the browser has requested so far (from the DevTools network log). */
    List<String> requestedUrls() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JSON.parse(entry.getMessage()).get("message").getAsObject();
            String method = message.get("method").getAsString().value();
            if (method.equals("Network.requestWillBeSent") || method.equals("Network.webSocketCreated")) {
                JsonObject params = message.get("params").getAsObject();
                JsonValue url = params.hasKey("request") ? params.get("request").getAsObject().get("url")
                        : params.get("url");
                requested.add(url.getAsString().value());
            }
        }
        return List.copyOf(requested);
    }

    /**
     * Asserts that the browser went over the network (http, https, ws, wss, ftp) only to {@code base}: nothing from a
     * CDN, no prefix look-up, no font or script from another host. Returns the requests to {@code base}.
     */
    List<String> assertOnlyLocal(String base) {
        List<String> network = requestedUrls().stream().filter(u -> u.matches("(?i)^(https?|wss?|ftp)://.*")).toList();
        org.assertj.core.api.Assertions.assertThat(network).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(network).as("requests to other hosts")
                .allMatch(u -> u.startsWith(base));
        return network;
    }

    /**
     * Asserts that the pages shown so far broke no rule of their {@code Content-Security-Policy}: a script, style or
     * request the policy refused would show in the console as {@code Refused to ...}.
     */
    void assertNoPolicyViolation() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
        org.assertj.core.api.Assertions.assertThat(refused).as("Content-Security-Policy violations").isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a left-over temporary profile is harmless
            }
        }
    }
}
