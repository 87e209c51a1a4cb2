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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console through a real browser: a call handler signs in, opens the console, and a caller who joins a
 * queue at the PBX appears on screen without a reload, their wait counting on in the browser itself; a team
 * leader raises a caller from the row the browser drew.
 */
@SimulatedConsoleTest
class ConsoleBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private PbxSimulator simulator;

    private ChromeDriver browser;
    private final List<String> joined = new ArrayList<>();

    @AfterEach
    void closeBrowserAndHangUp() {
        if (browser != null) {
            browser.quit();
        }
        joined.forEach(simulator::hangUp);
    }

    @Test
    void aHandlerSeesAWaitingCallerAppearWithoutReloading() throws Exception {
        simulator.addMember("council-tax", "PJSIP/2001", "Handler");
        openConsoleAs("handler");

        String uniqueId = join("07700900123");

        WebElement row = element(".caller-row[data-unique-id='" + uniqueId + "']");
        assertThat(row.getText()).contains("07•••••123").doesNotContain("07700900123");
        assertThat(row.findElement(By.cssSelector(".caller-position")).getText()).isEqualTo("1");
        assertThat(browser.getCurrentUrl()).endsWith("/console");
        WebElement wait = row.findElement(By.cssSelector("wait-clock.caller-wait"));
        assertThat(wait.getText()).matches("\\d+:\\d\\d");
        // a copy outside Vaadin's control: nothing the server pushes can reach it, only the page's script
        browser.executeScript("const copy = arguments[0].cloneNode(true); copy.id = 'wait-copy';"
                + " document.body.appendChild(copy);", wait);
        int first = copiedWaitSeconds();
        await().atMost(PATIENCE).until(() -> copiedWaitSeconds() >= first + 2);
        browser.executeScript("document.getElementById('wait-copy').remove();");
        saveScreenshot("console-browser-test.png");

        simulator.hangUp(uniqueId);
        await().atMost(PATIENCE).until(() -> browser.findElements(
                By.cssSelector(".caller-row[data-unique-id='" + uniqueId + "']")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void aTeamLeaderRaisesTheCallerTheirRowShowsAndSeesThemMoveUp() throws IOException {
        openConsoleAs("leader");
        String first = join("07700900201");
        String second = join("07700900202");
        WebElement secondRow = element(".caller-row[data-unique-id='" + second + "']");
        WebElement firstRow = element(".caller-row[data-unique-id='" + first + "']");
        assertThat(firstRow.findElements(By.cssSelector(".caller-raise"))).as("none for the head")
                .noneMatch(WebElement::isDisplayed);

        WebElement raise = secondRow.findElement(By.cssSelector(".caller-raise"));
        // in the middle of the window, clear of notifications and of a card pushed down by other queues
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", raise);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            raise.click();
            return true;
        });

        await().atMost(PATIENCE).until(() -> simulator.waitingUniqueIds("council-tax").get(0).equals(second));
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(
                By.cssSelector(".queue-card[data-queue='council-tax'] .caller-row")).getAttribute("data-unique-id").equals(second));
        WebElement head = browser.findElement(By.cssSelector(".queue-card[data-queue='council-tax'] .caller-row"));
        assertThat(head.findElement(By.cssSelector(".caller-position")).getText()).isEqualTo("1");
        assertThat(head.findElement(By.cssSelector(".caller-priority")).getText()).startsWith("priority ");
        saveScreenshot("console-team-leader.png");
    }

    private String join(String number) {
        String uniqueId = simulator.joinCaller("council-tax", number, 0);
        joined.add(uniqueId);
        return uniqueId;
    }

    private void openConsoleAs(String username) {
        browser = HeadlessChromium.start(1400, 900);
        browser.get("http://localhost:" + port + "/login");
        element("#vaadinLoginUsername input").sendKeys(username);
        WebElement password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        password.sendKeys(username, Keys.ENTER);
        await().atMost(PATIENCE).until(() -> !browser.getCurrentUrl().contains("/login"));

        browser.get("http://localhost:" + port + "/console");
        element(".queue-card[data-queue='council-tax']");
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

    private void saveScreenshot(String name) throws IOException {
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
