package com.gauthconsole.secret;

/** What a secret value is replaced by: a keyed fingerprint in records, a plain marker in previews. */
@FunctionalInterface
interface Mask {

    String of(String secretValue);
}
