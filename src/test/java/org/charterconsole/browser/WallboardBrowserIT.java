package org.charterconsole.browser;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wallboard screen in a real browser at 1920×1080: signed in as the wallboard account it lands on the
 * full-screen board without the menu, every tile draws its trend chart, the clock runs, a caller who joins a
 * queue at the PBX raises that tile's waiting count without a reload, and no number shows.
 */
@SimulatedConsoleTest
class WallboardBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String BENEFITS_WAITING = ".wallboard-tile[data-queue='benefits'] .tile-waiting";

    @LocalServerPort
    private int port;

    @Autowired
    private PbxSimulator simulator;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theWallboardCountsACallerWhoJoinsWithoutReloading() throws Exception {
        browser = HeadlessChromium.start(1920, 1080);

        browser.get("http://localhost:" + port + "/login");
        element("#vaadinLoginUsername input").sendKeys("wallboard");
        WebElement password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys("wallboard", Keys.ENTER);
        await().atMost(PATIENCE).until(() -> !browser.getCurrentUrl().contains("/login"));

        browser.get("http://localhost:" + port + "/");
        await().atMost(PATIENCE).until(() -> browser.getCurrentUrl().endsWith("/wallboard/full"));
        element(BENEFITS_WAITING);
        assertThat(browser.findElements(By.cssSelector("vaadin-app-layout"))).as("no menu chrome").isEmpty();
        int tiles = browser.findElements(By.cssSelector(".wallboard-tile")).size();
        assertThat(tiles).isGreaterThan(1);
        await().atMost(PATIENCE).until(
                () -> browser.findElements(By.cssSelector(".wallboard-tile waiting-trend canvas")).size(),
                charts -> charts == tiles);
        String time = element(".wallboard-time").getText();
        assertThat(time).matches("\\d\\d:\\d\\d:\\d\\d");
        await().atMost(PATIENCE)
                .until(() -> !browser.findElement(By.cssSelector(".wallboard-time")).getText().equals(time));
        assertThat(browser.findElement(By.cssSelector(".wallboard-time")).getText()).as("moved on in the browser")
                .matches("\\d\\d:\\d\\d:\\d\\d");
        int before = Integer.parseInt(element(BENEFITS_WAITING).getText().trim());

        String uniqueId = simulator.joinCaller("benefits", "07700900456", 0);

        await().atMost(PATIENCE).ignoreExceptions().until(
                () -> Integer.parseInt(browser.findElement(By.cssSelector(BENEFITS_WAITING)).getText().trim()),
                waiting -> waiting == before + 1);
        assertThat(browser.getCurrentUrl()).endsWith("/wallboard/full");
        String page = browser.findElement(By.cssSelector(".wallboard-view")).getText();
        assertThat(page).doesNotContain("07700900456").doesNotContain("•••");
        saveScreenshot("wallboard-1920x1080.png", "wallboard.png");
        browser.manage().window().setSize(new Dimension(1280, 720));
        assertThat(browser.findElements(By.cssSelector(".wallboard-tile"))).hasSizeGreaterThan(1);
        saveScreenshot("wallboard-1280x720.png", null);

        simulator.hangUp(uniqueId);
        await().atMost(PATIENCE).ignoreExceptions().until(
                () -> Integer.parseInt(browser.findElement(By.cssSelector(BENEFITS_WAITING)).getText().trim()),
                waiting -> waiting == before);
    }

    private WebElement element(String css) {
        return await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(css)), found -> found != null);
    }

    private void saveScreenshot(String name, String docsName) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path saved = screenshots.resolve(name);
        Files.copy(shot, saved, StandardCopyOption.REPLACE_EXISTING);
        Path docs = Path.of("docs/screenshots");
        if (docsName != null && Files.isDirectory(docs)) {
            Files.copy(saved, docs.resolve(docsName), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
