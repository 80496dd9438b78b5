package com.gauthconsole.gauth;

/**
 * An environment or contact center GAuth created.
 *
 * @param id the last segment of {@code path}: the environment ID, or the contact center ID (CCID)
 * @param path as GAuth returned it, e.g. {@code /contact-centers/ed4c03f3-...}
 */
public record CreatedObject(String id, String path) {}
