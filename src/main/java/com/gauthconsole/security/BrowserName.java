package com.gauthconsole.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A short name for the browser a User-Agent header names, such as "Chrome 131 on Linux", for people to recognise. */
final class BrowserName {

    /** Checked in this order: Edge and Opera also say Chrome, Chrome also says Safari. */
    private static final List<Pattern> BROWSERS = List.of(
            Pattern.compile("(Edg)e?/(\\d+)"),
            Pattern.compile("(OPR)/(\\d+)"),
            Pattern.compile("(Firefox)/(\\d+)"),
            Pattern.compile("(Chrome|Chromium)/(\\d+)"),
            Pattern.compile("Version/(\\d+).*(Safari)/"),
            Pattern.compile("(curl|Java-http-client|Wget)/(\\d+)"));

    private static final List<String> SYSTEMS = List.of("Windows", "Android", "iPhone", "iPad", "Mac OS X", "Linux");

    private BrowserName() {}

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "unknown browser";
        }
        String browser = BROWSERS.stream()
                .map(pattern -> pattern.matcher(userAgent))
                .filter(Matcher::find)
                .findFirst()
                .map(BrowserName::name)
                .orElse("unknown browser");
        return SYSTEMS.stream()
                .filter(userAgent::contains)
                .findFirst()
                .map(system -> browser + " on " + (system.equals("Mac OS X") ? "macOS" : system))
                .orElse(browser);
    }

    private static String name(Matcher found) {
        boolean safari = "Safari".equals(found.group(2));
        String name = safari ? "Safari" : found.group(1);
        String version = safari ? found.group(1) : found.group(2);
        return switch (name) {
                    case "Edg" -> "Edge";
                    case "OPR" -> "Opera";
                    default -> name;
                }
                + " " + version;
    }
}
