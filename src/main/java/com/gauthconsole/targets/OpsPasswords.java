package com.gauthconsole.targets;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretBox;
import org.springframework.stereotype.Component;

/**
 * Seals and opens the ops passwords of managed targets. The target's name is the associated data, so a sealed
 * password copied onto another target's row does not open there.
 */
@Component
class OpsPasswords {

    private final SecretBox box;

    OpsPasswords(SecretBox box) {
        this.box = box;
    }

    String seal(String targetName, Secret password) {
        return box.seal(password, context(targetName));
    }

    Secret open(String targetName, String sealedPassword) {
        return box.open(sealedPassword, context(targetName));
    }

    private static String context(String targetName) {
        return "target " + targetName + " ops-password";
    }
}
