package org.charterconsole.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium and ChromeDriver for the few tests that need a real browser.
 * Where they are not installed the test is skipped (reported as such, never as passed), unless
 * {@code CONSOLE_BROWSER_TESTS=required}, as on CI, where a missing browser is a failure.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Starts a browser window of the given size, or skips the calling test when there is no Chromium. */
    public static ChromeDriver start(int width, int height) {
        return start(width, height, CHROMIUM);
    }

    /**
     * As {@link #start(int, int)}, with the browser and every process it starts at a lower CPU priority
     * (Linux SCHED_IDLE, which Chromium keeps for every process it starts, unlike a nice value it resets): for benchmarks whose browsers stand in for other machines' and should take only the
     * CPU the server leaves.
     */
    public static ChromeDriver startAtLowPriority(int width, int height) {
        try {
            Path wrapper = Files.createTempFile("chromium-idle-", ".sh");
            Files.writeString(wrapper, "#!/bin/sh\nexec chrt --idle 0 '%s' \"$@\"\n".formatted(CHROMIUM));
            wrapper.toFile().setExecutable(true);
            wrapper.toFile().deleteOnExit();
            return start(width, height, wrapper);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ChromeDriver start(int width, int height, Path binary) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("required".equalsIgnoreCase(System.getenv("CONSOLE_BROWSER_TESTS"))) {
                fail("Chromium and ChromeDriver are required here but not found at " + CHROMIUM + " and " + CHROMEDRIVER);
            }
            Assumptions.abort("Chromium/ChromeDriver not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=%d,%d".formatted(width, height), "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }
}
