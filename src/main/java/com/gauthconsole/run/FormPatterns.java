package com.gauthconsole.run;

/** The shapes of identifiers and locations GAuth accepts, shared by the step forms. */
final class FormPatterns {

    static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String IDENTIFIER_MESSAGE = "Use letters, digits, '.', '_' or '-', starting with a letter or digit";
    static final String LOCATION = "/|(/[A-Za-z0-9_-]+)+";
    static final String LOCATION_MESSAGE = "Use a path such as /USW1 (a slash, then letters, digits, '_' or '-')";
    static final String WORDS = "[A-Za-z0-9_:*.,/ -]*";
    static final String WORDS_MESSAGE = "Use letters, digits and , . _ : * / - only";

    private FormPatterns() {}
}
