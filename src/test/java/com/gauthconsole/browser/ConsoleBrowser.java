package com.gauthconsole.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The console as a person sees it in headless Chromium: every page it arrives at is checked with axe-core before the
 * journey goes on, so no page of a journey escapes the accessibility check.
 */
final class ConsoleBrowser implements AutoCloseable {

    /** Debian's packages; naming both means Selenium never looks for (or downloads) a browser or driver itself. */
    private static final String CHROMIUM = "/usr/bin/chromium";

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    /** Screenshots show the whole page up to this height, enough for a step with its preview. */
    private static final int MAX_SCREENSHOT_HEIGHT = 2600;

    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Path screenshots;
    private final Path profile;
    private final ChromeDriver driver;
    private final AccessibilityCheck accessibility;
    private final HttpClient http = HttpClient.newHttpClient();

    private ConsoleBrowser(String baseUrl, Path screenshots, Path profile, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.profile = profile;
        this.driver = driver;
        this.accessibility = new AccessibilityCheck(driver);
    }

    static ConsoleBrowser open(String baseUrl, Path screenshots) throws IOException {
        Path profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                // Bootstrap scrolls smoothly otherwise, and a click lands where the button was before the scroll.
                "--force-prefers-reduced-motion",
                // The screenshots show the page at the full window width.
                "--hide-scrollbars",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        // Selenium warns that it has no DevTools binding for this Chromium version; none is needed: the screenshots
        // go through chromedriver's own DevTools command, which works with any version.
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(PAGE_WAIT);
        driver.manage().timeouts().pageLoadTimeout(PAGE_WAIT);
        Files.createDirectories(screenshots);
        return new ConsoleBrowser(baseUrl, screenshots, profile, driver);
    }

    /** Opens a page of the console by its path, e.g. {@code /history}. */
    void open(String path) {
        driver.get(baseUrl + path);
        arrived();
    }

    void signIn(String username) {
        open("/login");
        type(By.id("username"), username);
        // The demo users' password is their name.
        type(By.id("password"), username);
        pressButton("Sign in");
        String signedInAs = text(By.cssSelector("nav strong"));
        if (!signedInAs.equals(username)) {
            throw new AssertionError("Signing in as " + username + " ended on " + driver.getCurrentUrl());
        }
    }

    /**
     * Presses the provider's button on the login page and signs in on the provider's own login form, which is not a
     * page of the console and so is not checked; the console's page it returns to is.
     */
    void signInThroughProvider(String registrationId, String username, String password) {
        open("/login");
        clickThenWait(driver.findElement(By.id("sign-in-" + registrationId)));
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickToNextPage(driver.findElement(By.cssSelector("button[type='submit']")));
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void signOut() {
        pressButton("Sign out");
        if (!driver.getCurrentUrl().endsWith("/login?logout")) {
            throw new AssertionError("Signing out ended on " + driver.getCurrentUrl());
        }
    }

    /**
     * Ends whatever session a journey left, even one that stopped half-way: the cookies of every site, so also a
     * sign-in at a company's provider (WebDriver's own call forgets only the current site's).
     */
    void forgetSession() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Presses the button with this visible text and waits for the page it leads to. */
    void pressButton(String label) {
        clickToNextPage(driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")));
    }

    /** Follows a link and waits for the page it leads to. */
    void follow(By link) {
        clickToNextPage(driver.findElement(link));
    }

    /** Chooses a file in a file field, as picking it in the browser's dialog does. */
    void attach(By fileField, Path file) {
        driver.findElement(fileField).sendKeys(file.toAbsolutePath().toString());
    }

    /** Picks a radio button or ticks a box on the page, as a click on it does. */
    void choose(By option) {
        driver.findElement(option).click();
    }

    void type(By field, String text) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types a day into a date field as a person in the browser's locale (en-US: month, day, year) does; the field's
     * value is then the ISO day.
     */
    void typeDay(By field, LocalDate day) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(String.format("%02d%02d%04d", day.getMonthValue(), day.getDayOfMonth(), day.getYear()));
    }

    /** From now on the browser lives in this time zone (an IANA name), as if its machine did. */
    void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    String text(By element) {
        return driver.findElement(element).getText();
    }

    String attribute(By element, String name) {
        return driver.findElement(element).getDomAttribute(name);
    }

    boolean isDisplayed(By element) {
        return driver.findElement(element).isDisplayed();
    }

    /** The element's whole text, also what a closed {@code <details>} hides. */
    String textContent(By element) {
        return driver.findElement(element).getDomProperty("textContent");
    }

    String value(By field) {
        return driver.findElement(field).getDomProperty("value");
    }

    String href(By link) {
        return driver.findElement(link).getDomProperty("href");
    }

    boolean has(By element) {
        return !driver.findElements(element).isEmpty();
    }

    List<WebElement> all(By elements) {
        return driver.findElements(elements);
    }

    /**
     * Fetches an address with this browser's cookies, hence its session whatever the cookie is called: for a download,
     * which the browser would save instead of showing.
     */
    HttpResponse<String> fetchWithSession(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        if (cookies.isEmpty()) {
            throw new AssertionError("The browser has no session to fetch " + url + " with");
        }
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Saves the page as {@code <name>.png}: its whole width and its height up to a cap, taken through Chromium's
     * DevTools, since WebDriver's own screenshot shows only what fits in the window.
     */
    void screenshot(String name) throws IOException {
        long width = (Long) script("return document.documentElement.clientWidth");
        long height = (Long) script("return document.documentElement.scrollHeight");
        Map<String, Object> page =
                Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, MAX_SCREENSHOT_HEIGHT), "scale", 1);
        Map<String, Object> picture = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", page));
        Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) picture.get("data")));
    }

    /** Checks the page shown now; pages reached through this class are checked on arrival already. */
    void assertAccessible() {
        accessibility.assertNoSeriousViolations();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    /**
     * Clicks as a person would and waits until the next page has loaded: the mark set on the page left behind is
     * gone and the new document is complete.
     */
    private void clickToNextPage(WebElement element) {
        clickThenWait(element);
        assertAccessible();
    }

    private void clickThenWait(WebElement element) {
        script("window.leftByTheJourney = true");
        element.click();
        new WebDriverWait(driver, PAGE_WAIT)
                .until(page -> script(
                                "return window.leftByTheJourney === undefined && document.readyState === 'complete'")
                        .equals(Boolean.TRUE));
    }

    private void arrived() {
        new WebDriverWait(driver, PAGE_WAIT).until(page -> "complete".equals(script("return document.readyState")));
        assertAccessible();
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
