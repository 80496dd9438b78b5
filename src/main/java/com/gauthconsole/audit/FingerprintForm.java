package com.gauthconsole.audit;

import com.gauthconsole.secret.Secret;

/** @param value the known secret to fingerprint; never shown back */
record FingerprintForm(Secret value) {}
