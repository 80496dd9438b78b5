package com.gauthconsole.run;

import com.gauthconsole.GauthConsoleApplication;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.ContactCenterForm;
import com.gauthconsole.run.step.EnvironmentForm;
import com.gauthconsole.run.step.TokenForm;
import com.gauthconsole.run.wizard.NewRunForm;
import com.gauthconsole.run.wizard.WizardService;
import com.gauthconsole.secret.Secret;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;

/** Whole consoles started by hand on one H2 file database, as separate processes or instances would be. */
final class TwoConsoles {

    static final Actor OPERATOR = new Actor("operator", false);

    private TwoConsoles() {}

    static String newDatabase() {
        Path file = Path.of("target", "test-data", "shared-" + UUID.randomUUID(), "console")
                .toAbsolutePath();
        return "jdbc:h2:file:" + file;
    }

    static ConfigurableApplicationContext start(String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(
                List.of("--spring.datasource.url=" + databaseUrl, "--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(Arrays.asList(more));
        return new SpringApplicationBuilder(GauthConsoleApplication.class).run(args.toArray(String[]::new));
    }

    static long startRun(ConfigurableApplicationContext console) {
        NewRunForm form = new NewRunForm("Built-in simulator", "acme.example.com", "acme.com", null);
        return console.getBean(WizardService.class)
                .start(OPERATOR.name(), form, new BeanPropertyBindingResult(form, "form"))
                .orElseThrow();
    }

    /** Runs steps 1 to 4 with the procedure's defaults. */
    static void runToStepFive(ConfigurableApplicationContext console, long runId) {
        WizardService wizard = console.getBean(WizardService.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ApiClientForm client = (ApiClientForm) wizard.form(runId, Step.CREATE_API_CLIENT);
        wizard.execute(runId, Step.CREATE_API_CLIENT, withClientId(client, "client-" + unique), OPERATOR);
        wizard.execute(runId, Step.CREATE_TOKEN, new TokenForm(), OPERATOR);
        EnvironmentForm environment = new EnvironmentForm(
                "cc-" + unique,
                "default",
                Secret.of("cfg-password"),
                "addp",
                7,
                5,
                "Cloud",
                "CFGTMBoth",
                false,
                "172.24.132.84",
                2020,
                false,
                "/USW1",
                "Environment");
        wizard.execute(runId, Step.ADD_ENVIRONMENT, environment, OPERATOR);
        wizard.execute(
                runId,
                Step.ADD_CONTACT_CENTER,
                (ContactCenterForm) wizard.form(runId, Step.ADD_CONTACT_CENTER),
                OPERATOR);
    }

    /** Both consoles execute step 5 of the run at the same moment; answers what each one saw. */
    static List<String> raceStepFive(
            ConfigurableApplicationContext one, ConfigurableApplicationContext other, long runId) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (ConfigurableApplicationContext console : List.of(one, other)) {
                Callable<String> execute = () -> {
                    start.await();
                    try {
                        console.getBean(WizardService.class)
                                .execute(
                                        runId,
                                        Step.ADD_DATA_CENTER,
                                        DoubleExecutionTest.DATA_CENTER,
                                        TwoConsoles.OPERATOR);
                        return "executed";
                    } catch (StepNotReady refused) {
                        return refused.getMessage();
                    }
                };
                results.add(threads.submit(execute));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static ApiClientForm withClientId(ApiClientForm form, String clientId) {
        return new ApiClientForm(
                clientId,
                clientId,
                form.clientSecret(),
                form.clientType(),
                form.internalClient(),
                form.authorities(),
                form.scope(),
                form.grantTypes(),
                form.redirectUris(),
                form.accessTokenExpirationTimeout(),
                form.refreshTokenExpirationTimeout());
    }
}
