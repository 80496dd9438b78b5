package com.gauthconsole.secondfactor;

import com.gauthconsole.secret.Secret;

/** The account's password or a current code, to turn the second factor off; never shown again. */
record DisableForm(Secret proof) {

    static DisableForm blank() {
        return new DisableForm(Secret.empty());
    }
}
