package com.gauthconsole.target;

/** What "test connection" found out about a target, in a sentence for the targets page. */
record ConnectionOutcome(String targetName, boolean succeeded, String message) {}
