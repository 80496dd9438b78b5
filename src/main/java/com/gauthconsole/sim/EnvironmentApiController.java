package com.gauthconsole.sim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** GAuth's environment API: environments, contact centers with their settings, and data centers. */
@RestController
@ConditionalOnBooleanProperty("console.simulator.enabled")
@RequestMapping("/gauth-sim/environment/v3")
class EnvironmentApiController {

    private final EnvironmentDirectory environments;
    private final ContactCenterDirectory contactCenters;
    private final DataCenterDirectory dataCenters;

    EnvironmentApiController(
            EnvironmentDirectory environments, ContactCenterDirectory contactCenters, DataCenterDirectory dataCenters) {
        this.environments = environments;
        this.contactCenters = contactCenters;
        this.dataCenters = dataCenters;
    }

    @PostMapping("/environments")
    @Simulates(SimulatedCall.ADD_ENVIRONMENT)
    @RequiresCredential(Credential.BEARER_TOKEN)
    GauthResponse addEnvironment(@RequestBody JsonNode body) {
        return GauthResponse.created(environments.add(body).path());
    }

    @GetMapping("/environments/{id}")
    @Simulates(SimulatedCall.READ_ENVIRONMENT)
    @RequiresCredential(Credential.BEARER_TOKEN)
    GauthResponse readEnvironment(@PathVariable String id) {
        return environments
                .find(id)
                .map(environment -> GauthResponse.found(environment.path(), environment.data()))
                .orElseThrow(() -> GauthRejection.notFound("Environment '" + id + "' not found"));
    }

    @PostMapping("/contact-centers")
    @Simulates(SimulatedCall.ADD_CONTACT_CENTER)
    @RequiresCredential(Credential.BEARER_TOKEN)
    GauthResponse addContactCenter(@RequestBody JsonNode body) {
        return GauthResponse.created(contactCenters.add(body).path());
    }

    @GetMapping("/contact-centers/{ccid}")
    @Simulates(SimulatedCall.READ_CONTACT_CENTER)
    @RequiresCredential(Credential.BEARER_TOKEN)
    GauthResponse readContactCenter(@PathVariable String ccid) {
        ContactCenter contactCenter = contactCenters.require(ccid);
        return GauthResponse.found(
                contactCenter.path(), contactCenter.toData(contactCenters.settingsOf(contactCenter)));
    }

    @PostMapping("/contact-centers/{ccid}/settings")
    @Simulates(SimulatedCall.UPDATE_CORS)
    @RequiresCredential(Credential.BEARER_TOKEN)
    GauthResponse updateSetting(@PathVariable String ccid, @RequestBody JsonNode body) {
        contactCenters.putSetting(ccid, body);
        return GauthResponse.ok();
    }

    @PostMapping("/data-centers")
    @Simulates(SimulatedCall.ADD_DATA_CENTER)
    @RequiresCredential(Credential.OPS_BASIC)
    GauthResponse addDataCenter(@RequestBody JsonNode body) {
        dataCenters.add(body);
        return GauthResponse.ok();
    }
}
