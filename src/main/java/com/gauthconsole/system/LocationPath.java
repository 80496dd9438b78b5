package com.gauthconsole.system;

/** A region's path in Genesys Multicloud CX naming, such as /USW1: used by the step forms and a target's defaults. */
public final class LocationPath {

    public static final String PATTERN = "/|(/[A-Za-z0-9_-]+)+";
    public static final String MESSAGE = "Use a path such as /USW1 (a slash, then letters, digits, '_' or '-')";

    private LocationPath() {}
}
