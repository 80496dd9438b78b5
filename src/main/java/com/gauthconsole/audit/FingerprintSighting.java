package com.gauthconsole.audit;

import java.util.List;

/** A secret's keyed fingerprint and where in a run it was sent or received. */
public record FingerprintSighting(String fingerprint, List<String> places) {}
