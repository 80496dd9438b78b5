package com.gauthconsole.run.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.gauthconsole.run.RunSnapshot;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.StepExecutor;
import com.gauthconsole.run.step.StepExecutors;
import com.gauthconsole.secret.Secret;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.Errors;

/**
 * The wizard's pages alone, with the real binding of step forms: what a form refuses before the wizard is asked,
 * what it hands on, that a refusal becomes the page's message, and that a typed secret never shows again.
 */
@WebMvcTest(WizardController.class)
@Import(StepFormBinding.class)
class WizardControllerSliceTest {

    private static final TestingAuthenticationToken OPERATOR =
            new TestingAuthenticationToken("op", null, "ROLE_OPERATOR");

    private static final Actor ACTOR = new Actor("op", false);

    private static final String CLIENT_SECRET = "typed-client-secret-51c9";

    private static final RunOverview RUN = new RunOverview(
            new RunSnapshot(
                    7,
                    "Production EU",
                    "https://gauth.example.com",
                    "acme.example.com",
                    "acme.com",
                    "op",
                    Instant.parse("2026-12-07T09:00:00Z"),
                    Instant.parse("2026-12-07T09:00:00Z"),
                    RunStatus.IN_PROGRESS,
                    null,
                    null,
                    null,
                    null,
                    null),
            Arrays.stream(Step.values())
                    .map(step -> new StepState(
                            step, step == Step.CREATE_API_CLIENT ? StepState.State.CURRENT : StepState.State.PENDING))
                    .toList(),
            Step.CREATE_API_CLIENT,
            List.of(),
            false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WizardService wizard;

    @MockitoBean
    Actors actors;

    @MockitoBean
    StepExecutors executors;

    @BeforeEach
    void stepOneTakesItsForm() {
        @SuppressWarnings("unchecked")
        StepExecutor<ApiClientForm> stepOne = mock(StepExecutor.class);
        when(stepOne.formType()).thenReturn(ApiClientForm.class);
        doReturn(stepOne).when(executors).of(Step.CREATE_API_CLIENT);
        when(actors.of(any())).thenReturn(ACTOR);
        when(wizard.targetNames()).thenReturn(List.of("Production EU"));
        when(wizard.overview(7L)).thenReturn(RUN);
        when(wizard.page(7L, Step.CREATE_API_CLIENT, ACTOR))
                .thenReturn(new StepPage(RUN, Step.CREATE_API_CLIENT, null, null, Set.of(), false, null));
    }

    @Test
    void aNewRunThatCannotBeReadIsRefusedAtItsFieldsKeepingWhatWasTypedAndNothingStarts() throws Exception {
        String page = page(post("/runs")
                .param("target", "Production EU")
                .param("clusterDomain", "")
                .param("customerDomain", "acme com"));

        assertThat(page)
                .contains(
                        "id=\"clusterDomain-error\" class=\"invalid-feedback\">Enter the customer’s cluster domain",
                        "id=\"customerDomain-error\" class=\"invalid-feedback\">Enter a host name such as"
                                + " acme.example.com, or an IPv4 address",
                        "value=\"acme com\"");
        verify(wizard, never()).start(any(), any(), any());
    }

    @Test
    void aNewRunIsStartedInTheOperatorsNameAndOpensStepOne() throws Exception {
        when(wizard.start(eq("op"), any(), any())).thenReturn(Optional.of(7L));

        mvc.perform(post("/runs")
                        .param("target", "Production EU")
                        .param("clusterDomain", "acme.example.com")
                        .param("customerDomain", "acme.com")
                        .principal(OPERATOR))
                .andExpect(redirectedUrl("/runs/7/steps/client"));

        verify(wizard)
                .start(
                        eq("op"),
                        eq(new NewRunForm("Production EU", "acme.example.com", "acme.com", null)),
                        argThat(errors -> !errors.hasErrors()));
    }

    @Test
    void aTargetTheWizardRefusesIsSaidAtTheTargetField() throws Exception {
        when(wizard.start(eq("op"), any(), any())).thenAnswer(invocation -> {
            invocation
                    .<Errors>getArgument(2)
                    .rejectValue("target", "unknown", "Choose one of the configured GAuth targets");
            return Optional.empty();
        });

        String page = page(post("/runs")
                .param("target", "Removed target")
                .param("clusterDomain", "acme.example.com")
                .param("customerDomain", "acme.com"));

        assertThat(page)
                .contains(
                        "id=\"target-error\" class=\"invalid-feedback\">Choose one of the configured GAuth targets",
                        "value=\"acme.example.com\"");
    }

    @Test
    void aStepFormThatCannotBeReadIsRefusedAtItsFieldWithoutShowingTheSecretAndIsNeitherCheckedNorSent()
            throws Exception {
        String page = page(stepOne("external api client", "execute"));

        assertThat(page)
                .contains(
                        "id=\"name-error\" class=\"invalid-feedback\">Use letters, digits, &#39;.&#39;, &#39;_&#39;"
                                + " or &#39;-&#39;, starting with a letter or digit</div>",
                        "value=\"external api client\"",
                        ">https://gauth.acme.example.com</textarea>")
                .doesNotContain(CLIENT_SECRET);
        verify(wizard, never()).validate(anyLong(), any(), any(), any());
        verify(wizard, never()).execute(anyLong(), any(), any(), any());
        verify(wizard, never()).preview(anyLong(), any(), any(), any());
    }

    @Test
    void aStepTheWizardIsNotReadyForShowsWhyOnItsPageWithoutTheSecret() throws Exception {
        doThrow(new StepNotReady("The run's target moved: a lead must let it go on first."))
                .when(wizard)
                .execute(eq(7L), eq(Step.CREATE_API_CLIENT), any(), eq(ACTOR));

        String page = page(stepOne("external_api_client", "execute"));

        assertThat(page)
                .contains("id=\"problem\"", "The run&#39;s target moved: a lead must let it go on first.")
                .doesNotContain(CLIENT_SECRET);
        verify(wizard)
                .execute(
                        eq(7L),
                        eq(Step.CREATE_API_CLIENT),
                        argThat(form -> form instanceof ApiClientForm client
                                && client.name().equals("external_api_client")
                                && client.clientSecret().equals(Secret.of(CLIENT_SECRET))
                                && client.grantTypes().equals(List.of("password", "refresh_token"))
                                && client.accessTokenExpirationTimeout() == 43_200),
                        eq(ACTOR));
    }

    @Test
    void aClientSecretTheRunCannotTakeIsRefusedAtItsFieldOnTheOverviewAndNotShownBack() throws Exception {
        doThrow(new StepNotReady("The run keeps a token: there is no need for the client secret now."))
                .when(wizard)
                .keepClientSecretAgain(7L, ACTOR, Secret.of(CLIENT_SECRET));

        String page = page(post("/runs/7/client-secret").param("clientSecret", CLIENT_SECRET));

        assertThat(page)
                .contains(
                        "id=\"client-secret-form\"",
                        "id=\"clientSecret-error\" class=\"invalid-feedback\">The run keeps a token: there is no need"
                                + " for the client secret now.",
                        "http://localhost/runs/7")
                .doesNotContain(CLIENT_SECRET);
    }

    private static MockHttpServletRequestBuilder stepOne(String name, String action) {
        return post("/runs/7/steps/client")
                .param("action", action)
                .param("name", name)
                .param("clientId", "external_api_client")
                .param("clientSecret", CLIENT_SECRET)
                .param("clientType", "CONFIDENTIAL")
                .param("internalClient", "true")
                .param("authorities", "ROLE_INTERNAL_CLIENT")
                .param("scope", "*")
                .param("grantTypes", "password", "refresh_token")
                .param("redirectUris", "https://gauth.acme.example.com")
                .param("accessTokenExpirationTimeout", "43200")
                .param("refreshTokenExpirationTimeout", "43200");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.principal(OPERATOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
