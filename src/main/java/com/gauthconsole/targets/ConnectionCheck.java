package com.gauthconsole.targets;

import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.GauthClients;
import com.gauthconsole.gauth.GauthExchange;
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

    /**
     * Without an answer, the failure's own message (nothing of the target's in it). With one, only its status and
     * content type: whatever else answers at the URL (a file server, an internal page) is none of the page's business.
     */
    private static String whatWentWrong(GauthTarget target, Existence answer) {
        GauthExchange exchange = answer.lookUp();
        if (exchange == null || exchange.httpStatus() == null) {
            return answer.detail();
        }
        int status = exchange.httpStatus();
        if (status == 401 || status == 403) {
            return "GAuth rejected the ops credentials (HTTP " + status + ") — check the target's ops user name and"
                    + " password against services.secret.admin_username/admin_password.";
        }
        String contentType = exchange.responseHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .orElse("no content type");
        return "The address " + target.baseUrl() + " answered HTTP " + status + " (" + contentType + "), not as GAuth"
                + " answers: check the target's base URL.";
    }

    ConnectionOutcome check(String targetName) {
        GauthTarget target = catalog.find(targetName).orElseThrow(() -> new UnknownTarget("named " + targetName));
        Existence answer = gauth.to(target.endpoint())
                .findApiClient(target.opsCredentials(), "console-connection-check-" + UUID.randomUUID());
        if (answer.state() == Existence.State.CANNOT_CHECK) {
            return new ConnectionOutcome(target.name(), false, whatWentWrong(target, answer));
        }
        return new ConnectionOutcome(
                target.name(),
                true,
                "GAuth at " + target.baseUrl() + " answered and accepted the ops credentials of "
                        + target.opsCredentials().username() + ".");
    }
}
