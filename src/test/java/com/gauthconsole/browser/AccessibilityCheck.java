package com.gauthconsole.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * Runs axe-core (from its WebJar) in the page the browser shows and fails on every serious or critical violation.
 * WebDriver injects the script itself, so the console's Content-Security-Policy, which allows no inline script, does
 * not need loosening for the check.
 */
final class AccessibilityCheck {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String AXE_SOURCE = axeSource();

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] }).then(
                results => done(results.violations.map(violation => ({
                    id: violation.id,
                    impact: violation.impact,
                    help: violation.help,
                    targets: violation.nodes.map(node => node.target.join(' '))
                }))),
                error => done(String(error)));
            """;

    private final WebDriver driver;

    AccessibilityCheck(WebDriver driver) {
        this.driver = driver;
    }

    void assertNoSeriousViolations() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript("if (typeof window.axe === 'undefined') {\n" + AXE_SOURCE + "\n}");
        Object answer = page.executeAsyncScript(RUN_AXE);
        if (!(answer instanceof List<?> violations)) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + answer);
        }
        String serious = violations.stream()
                .map(violation -> (Map<?, ?>) violation)
                .filter(violation -> FAILING_IMPACTS.contains(String.valueOf(violation.get("impact"))))
                .map(violation -> "- " + violation.get("id") + " (" + violation.get("impact") + "): "
                        + violation.get("help") + " at " + violation.get("targets"))
                .collect(Collectors.joining("\n"));
        if (!serious.isEmpty()) {
            throw new AssertionError(
                    "Serious or critical accessibility violations on " + driver.getCurrentUrl() + ":\n" + serious);
        }
    }

    private static String axeSource() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        if (path == null) {
            throw new IllegalStateException("The axe-core WebJar is not on the test classpath");
        }
        try (InputStream in = AccessibilityCheck.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
