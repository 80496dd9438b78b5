package com.gauthconsole.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.run.step.AddContactCenterStep;
import com.gauthconsole.run.step.AddDataCenterStep;
import com.gauthconsole.run.step.AddEnvironmentStep;
import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.ContactCenterForm;
import com.gauthconsole.run.step.CorsForm;
import com.gauthconsole.run.step.CreateApiClientStep;
import com.gauthconsole.run.step.CreateTokenStep;
import com.gauthconsole.run.step.DataCenterForm;
import com.gauthconsole.run.step.EnvironmentForm;
import com.gauthconsole.run.step.RunFacts;
import com.gauthconsole.run.step.TokenForm;
import com.gauthconsole.run.step.UpdateCorsStep;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.targets.TargetDefaults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field of every step's form, as first shown, against the reference procedure: its documented values where it
 * gives one, what the operator knows where it shows a placeholder ({@code <CC-id>}, {@code <customer-domain>},
 * {@code <gauth-url>}), and nothing where the operator must choose.
 */
class StepDefaultsTest {

    private static final RunFacts FACTS = new RunFacts(
            "acme.example.com",
            "acme.com",
            "https://gauth.acme.example.com",
            Map.of(Step.ADD_ENVIRONMENT, JsonMapper.builder().build().readTree("{\"id\": \"cc-acme\"}")),
            TargetDefaults.none());

    private static final RunFacts ON_A_TARGET_WITH_DEFAULTS = new RunFacts(
            "acme.example.com",
            "acme.com",
            "https://gauth.acme.example.com",
            Map.of(),
            new TargetDefaults(
                    8443,
                    "/EUW2",
                    "/euw2",
                    "https://gauth-eu.example.com",
                    "https://wwe.{cluster}\nhttps://portal.{customer}"));

    @Test
    void stepOneOffersTheProceduresClientWithTheClustersRedirectUris() {
        assertThat(new CreateApiClientStep().defaults(FACTS))
                .isEqualTo(new ApiClientForm(
                        "external_api_client",
                        "external_api_client",
                        Secret.empty(),
                        "CONFIDENTIAL",
                        true,
                        "ROLE_INTERNAL_CLIENT",
                        "*",
                        List.of("client_credentials", "authorization_code", "refresh_token", "password"),
                        "https://gauth.acme.example.com\nhttps://wwe.acme.example.com\nhttps://gws.acme.example.com\n"
                                + "https://prov.acme.example.com",
                        43_200,
                        43_200));
    }

    @Test
    void stepTwoHasNothingToType() {
        assertThat(new CreateTokenStep().defaults(FACTS)).isEqualTo(new TokenForm());
    }

    @Test
    void stepThreeOffersTheProceduresValuesButNoCcIdConfigurationServerOrPassword() {
        assertThat(new AddEnvironmentStep().defaults(FACTS))
                .isEqualTo(new EnvironmentForm(
                        "",
                        "default",
                        Secret.empty(),
                        "addp",
                        7,
                        5,
                        "Cloud",
                        "CFGTMBoth",
                        false,
                        "",
                        2020,
                        false,
                        "/USW1",
                        "Environment"));
    }

    @Test
    void stepFourOffersTheCustomersDomainAndStepThreesCcId() {
        assertThat(new AddContactCenterStep().defaults(FACTS))
                .isEqualTo(new ContactCenterForm("acme.com", "configServer", "cc-acme"));
    }

    @Test
    void stepFiveOffersTheTargetsUrlAndLeavesReadOnlyToTheOperator() {
        assertThat(new AddDataCenterStep().defaults(FACTS))
                .isEqualTo(new DataCenterForm("/usw1", "https://gauth.acme.example.com", null));
    }

    @Test
    void stepSixOffersTheClustersWweOrigin() {
        assertThat(new UpdateCorsStep().defaults(FACTS)).isEqualTo(new CorsForm("https://wwe.acme.example.com"));
    }

    @Test
    void aTargetsDefaultsComeBeforeTheProceduresPortLocationsEntryPointAndOrigins() {
        EnvironmentForm environment = new AddEnvironmentStep().defaults(ON_A_TARGET_WITH_DEFAULTS);
        assertThat(environment.primaryPort()).isEqualTo(8443);
        assertThat(environment.locations()).isEqualTo("/EUW2");
        assertThat(new AddDataCenterStep().defaults(ON_A_TARGET_WITH_DEFAULTS))
                .isEqualTo(new DataCenterForm("/euw2", "https://gauth-eu.example.com", null));
        assertThat(new UpdateCorsStep().defaults(ON_A_TARGET_WITH_DEFAULTS))
                .isEqualTo(new CorsForm("https://wwe.acme.example.com\nhttps://portal.acme.com"));
    }
}
