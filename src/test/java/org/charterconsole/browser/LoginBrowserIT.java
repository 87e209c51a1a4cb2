package org.charterconsole.browser;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signs in through the real login page in a real browser: the form post with its CSRF token,
 * Spring Security's form login and Vaadin's navigation access control, end to end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_demo_handler_signs_in_sees_the_console_and_their_name_and_signs_out() {
        browser.get("http://localhost:" + port + "/");
        waitUntil(driver -> path(driver).equals("/login"));

        signIn("handler", "handler");

        waitUntil(driver -> path(driver).equals("/console"));
        WebElement userName = waitFor(By.cssSelector(".signed-in-user"));
        assertThat(userName.getText()).isEqualTo("Call Handler (demo)");

        waitFor(By.cssSelector("vaadin-button.sign-out")).click();
        waitUntil(driver -> path(driver).equals("/login"));
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_an_error() {
        browser.get("http://localhost:" + port + "/login");

        signIn("handler", "not-the-password");

        waitUntil(driver -> driver.getCurrentUrl().endsWith("/login?error"));
        waitUntil(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('vaadin-login-form').error")));
    }

    private void signIn(String username, String password) {
        waitFor(By.cssSelector("vaadin-login-form"));
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private static String path(WebDriver driver) {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private WebElement waitFor(By locator) {
        return await().atMost(Duration.ofMinutes(1)).ignoreExceptions()
                .until(() -> browser.findElement(locator), WebElement::isDisplayed);
    }

    private void waitUntil(java.util.function.Predicate<WebDriver> condition) {
        try {
            await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> condition.test(browser));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The browser is at " + browser.getCurrentUrl(), e);
        }
    }
}
