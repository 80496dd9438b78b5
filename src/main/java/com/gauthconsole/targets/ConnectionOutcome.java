package com.gauthconsole.targets;

import java.io.Serializable;

/**
 * What "test connection" found out about a target, in a sentence for the targets page. It travels to the page as a
 * flash attribute, which lives in the database session store, hence serializable.
 */
record ConnectionOutcome(String targetName, boolean succeeded, String message) implements Serializable {}
