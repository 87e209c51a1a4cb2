package org.charterconsole.browser;

import org.charterconsole.SimulatedConsoleTest;
import org.charterconsole.simulator.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The one end-to-end path through a real browser: a call handler signs in, opens the console,
 * and a caller who joins a queue at the PBX appears on screen without a reload, their wait counting on
 * in the browser itself.
 */
@SimulatedConsoleTest
class ConsoleBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
    void aHandlerSeesAWaitingCallerAppearWithoutReloading() throws Exception {
        browser = HeadlessChromium.start(1400, 900);
        simulator.addMember("council-tax", "PJSIP/2001", "Handler");

        browser.get("http://localhost:" + port + "/login");
        element("#vaadinLoginUsername input").sendKeys("handler");
        WebElement password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys("handler", Keys.ENTER);
        await().atMost(PATIENCE).until(() -> !browser.getCurrentUrl().contains("/login"));

        browser.get("http://localhost:" + port + "/console");
        element(".queue-card[data-queue='council-tax']");

        String uniqueId = simulator.joinCaller("council-tax", "07700900123", 0);

        WebElement row = element(".caller-row[data-unique-id='" + uniqueId + "']");
        assertThat(row.getText()).contains("07•••••123").doesNotContain("07700900123");
        assertThat(browser.getCurrentUrl()).endsWith("/console");
        WebElement wait = row.findElement(By.cssSelector("wait-clock.caller-wait"));
        assertThat(wait.getText()).matches("\\d+:\\d\\d");
        // a copy outside Vaadin's control: nothing the server pushes can reach it, only the page's script
        browser.executeScript("const copy = arguments[0].cloneNode(true); copy.id = 'wait-copy';"
                + " document.body.appendChild(copy);", wait);
        int first = copiedWaitSeconds();
        await().atMost(PATIENCE).until(() -> copiedWaitSeconds() >= first + 2);
        browser.executeScript("document.getElementById('wait-copy').remove();");
        saveScreenshot();

        simulator.hangUp(uniqueId);
        await().atMost(PATIENCE).until(() -> browser.findElements(
                By.cssSelector(".caller-row[data-unique-id='" + uniqueId + "']")).stream().noneMatch(WebElement::isDisplayed));
    }

    private int copiedWaitSeconds() {
        String[] parts = ((String) browser.executeScript("return document.getElementById('wait-copy').textContent;"))
                .trim().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private WebElement element(String css) {
        return await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(css)), found -> found != null);
    }

    private void saveScreenshot() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve("console-browser-test.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
