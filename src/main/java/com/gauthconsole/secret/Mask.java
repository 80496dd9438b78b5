package com.gauthconsole.secret;

/**
 * What a secret value is replaced by: a keyed fingerprint in records, a plain marker in previews. Credentials of an
 * {@code Authorization} header have fingerprints of their own, which no other value can match.
 */
interface Mask {

    String of(String secretValue);

    String ofCredential(String credential);

    static Mask plain(String marker) {
        return new Mask() {
            @Override
            public String of(String secretValue) {
                return marker;
            }

            @Override
            public String ofCredential(String credential) {
                return marker;
            }
        };
    }
}
