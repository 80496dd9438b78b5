package com.gauthconsole.targets;

import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.GauthClients;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks that a target answers and accepts its ops credentials, without changing anything in it: it looks up an API
 * client under a random ID that cannot exist. "Absent" proves both; the look-up's failure says what is wrong.
 */
@Component
class ConnectionCheck {

    private final TargetCatalog catalog;
    private final GauthClients gauth;

    ConnectionCheck(TargetCatalog catalog, GauthClients gauth) {
        this.catalog = catalog;
        this.gauth = gauth;
    }

    ConnectionOutcome check(String targetName) {
        GauthTarget target = catalog.find(targetName).orElseThrow(() -> new UnknownTarget("named " + targetName));
        Existence answer = gauth.to(target.endpoint())
                .findApiClient(target.opsCredentials(), "console-connection-check-" + UUID.randomUUID());
        if (answer.state() == Existence.State.CANNOT_CHECK) {
            return new ConnectionOutcome(target.name(), false, answer.detail());
        }
        return new ConnectionOutcome(
                target.name(),
                true,
                "GAuth at " + target.baseUrl() + " answered and accepted the ops credentials of "
                        + target.opsCredentials().username() + ".");
    }
}
