package com.gauthconsole.system;

import java.util.Arrays;
import java.util.List;

/** A list typed into one text area: one entry per line (commas also separate), blanks ignored. */
public final class Lines {

    private Lines() {}

    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n,]+"))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }
}
