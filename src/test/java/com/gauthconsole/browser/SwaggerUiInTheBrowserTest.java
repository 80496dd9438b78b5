package com.gauthconsole.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI draws the API's description in Chromium under its Content-Security-Policy, and the browser reports no
 * script or style the policy blocked. (Swagger UI is a third party's page, so it is not held to the console's
 * accessibility checks that {@link ConsoleBrowser} makes on every page of its own.)
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiInTheBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void drawsTheApisCallsWithNothingBlockedByTheContentSecurityPolicy() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("console-chromium-"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .usingAnyFreePort()
                        .build(),
                options);
        try {
            String baseUrl = "http://localhost:" + port;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(baseUrl + "/login");
            driver.findElement(By.id("username")).sendKeys("operator");
            driver.findElement(By.id("password")).sendKeys("operator");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(baseUrl + "/"));

            driver.get(baseUrl + "/swagger-ui.html");
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 10));

            assertThat(driver.findElement(By.cssSelector(".swagger-ui .info .title"))
                            .getText())
                    .contains("GAuth Provisioning Console API");
            List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy"))
                    .toList();
            assertThat(blocked).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
