package com.gauthconsole.run.step;

/** The shapes of identifiers GAuth accepts, shared by the step forms (locations: {@code system.LocationPath}). */
public final class FormPatterns {

    static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String IDENTIFIER_MESSAGE = "Use letters, digits, '.', '_' or '-', starting with a letter or digit";
    static final String WORDS = "[A-Za-z0-9_:*.,/ -]*";
    static final String WORDS_MESSAGE = "Use letters, digits and , . _ : * / - only";

    private FormPatterns() {}
}
