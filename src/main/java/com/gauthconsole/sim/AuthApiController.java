package com.gauthconsole.sim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** GAuth's auth API: API clients (ops) and access tokens. */
@RestController
@ConditionalOnBooleanProperty("console.simulator.enabled")
@RequestMapping("/gauth-sim/auth/v3")
class AuthApiController {

    private final ClientDirectory clients;
    private final TokenGrants grants;

    AuthApiController(ClientDirectory clients, TokenGrants grants) {
        this.clients = clients;
        this.grants = grants;
    }

    @PostMapping("/ops/clients")
    @Simulates(SimulatedCall.CREATE_CLIENT)
    @RequiresCredential(Credential.OPS_BASIC)
    GauthResponse createClient(@RequestBody JsonNode body) {
        return GauthResponse.withData(clients.create(body).data());
    }

    @GetMapping("/ops/clients/{clientId}")
    @Simulates(SimulatedCall.READ_CLIENT)
    @RequiresCredential(Credential.OPS_BASIC)
    GauthResponse readClient(@PathVariable String clientId) {
        return clients.find(clientId)
                .map(client -> GauthResponse.withData(client.withoutSecrets()))
                .orElseThrow(() -> GauthRejection.notFound("Client '" + clientId + "' not found"));
    }

    @PostMapping("/oauth/token")
    @Simulates(SimulatedCall.CREATE_TOKEN)
    @RequiresCredential(Credential.CLIENT_BASIC)
    ResponseEntity<TokenResponse> createToken(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam MultiValueMap<String, String> form) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(grants.grant(authorization, form));
    }
}
