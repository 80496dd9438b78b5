package com.gauthconsole.bulk;

import static com.gauthconsole.bulk.BulkColumn.CC_ID;
import static com.gauthconsole.bulk.BulkColumn.CLIENT_ID;
import static com.gauthconsole.bulk.BulkColumn.CLIENT_SECRET;
import static com.gauthconsole.bulk.BulkColumn.CLUSTER_DOMAIN;
import static com.gauthconsole.bulk.BulkColumn.CONFIG_SERVER_HOST;
import static com.gauthconsole.bulk.BulkColumn.CONFIG_SERVER_LOCATION;
import static com.gauthconsole.bulk.BulkColumn.CONFIG_SERVER_PASSWORD;
import static com.gauthconsole.bulk.BulkColumn.CONFIG_SERVER_PORT;
import static com.gauthconsole.bulk.BulkColumn.CONFIG_SERVER_USER;
import static com.gauthconsole.bulk.BulkColumn.CORS_ORIGINS;
import static com.gauthconsole.bulk.BulkColumn.CUSTOMER_DOMAIN;
import static com.gauthconsole.bulk.BulkColumn.DATA_CENTER_LOCATION;
import static com.gauthconsole.bulk.BulkColumn.ENTRY_POINT;
import static com.gauthconsole.bulk.BulkColumn.READ_ONLY;
import static com.gauthconsole.bulk.BulkColumn.TARGET;

import com.gauthconsole.run.Step;
import com.gauthconsole.run.step.ApiClientForm;
import com.gauthconsole.run.step.ContactCenterForm;
import com.gauthconsole.run.step.CorsForm;
import com.gauthconsole.run.step.DataCenterForm;
import com.gauthconsole.run.step.EnvironmentForm;
import com.gauthconsole.run.step.StepForm;
import com.gauthconsole.run.wizard.NewRunChecks;
import com.gauthconsole.run.wizard.NewRunForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns a row into the forms the wizard would post, starting from the forms a new run on its target first shows,
 * and checks them with the wizard's own checks ({@link NewRunChecks}); each field's problem is reported at the column
 * it came from, in the words the wizard's page uses.
 */
@Component
class RowForms {

    /** The column each form field comes from; fields a row does not set come from the target's defaults. */
    private static final Map<String, BulkColumn> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("target", TARGET),
            Map.entry("clusterDomain", CLUSTER_DOMAIN),
            Map.entry("redirectUris", CLUSTER_DOMAIN),
            Map.entry("customerDomain", CUSTOMER_DOMAIN),
            Map.entry("domains", CUSTOMER_DOMAIN),
            Map.entry("id", CC_ID),
            Map.entry("name", CLIENT_ID),
            Map.entry("clientId", CLIENT_ID),
            Map.entry("clientSecret", CLIENT_SECRET),
            Map.entry("primaryAddress", CONFIG_SERVER_HOST),
            Map.entry("primaryPort", CONFIG_SERVER_PORT),
            Map.entry("username", CONFIG_SERVER_USER),
            Map.entry("password", CONFIG_SERVER_PASSWORD),
            Map.entry("locations", CONFIG_SERVER_LOCATION),
            Map.entry("location", DATA_CENTER_LOCATION),
            Map.entry("entryPoint", ENTRY_POINT),
            Map.entry("readOnly", READ_ONLY),
            Map.entry("origins", CORS_ORIGINS));

    private final NewRunChecks checks;
    private final MessageSource messages;

    RowForms(NewRunChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /**
     * The row's plan, or its problems (those found in reading it first). Every form is checked, so that each cell's
     * problem shows at once; only a row whose target is unknown (or unreadable) has no forms to check.
     */
    Checked check(UploadRow row) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        NewRunForm run = new NewRunForm(row.cell(TARGET), row.cell(CLUSTER_DOMAIN), row.cell(CUSTOMER_DOMAIN), null);
        report(row, checks.check(run), problems);
        if (problems.stream().anyMatch(problem -> problem.column() == TARGET)) {
            return new Checked(null, problems);
        }
        ApiClientForm client = client(row, defaults(run, Step.CREATE_API_CLIENT, ApiClientForm.class));
        EnvironmentForm environment =
                environment(row, defaults(run, Step.ADD_ENVIRONMENT, EnvironmentForm.class), problems);
        ContactCenterForm contactCenter =
                contactCenter(row, defaults(run, Step.ADD_CONTACT_CENTER, ContactCenterForm.class));
        DataCenterForm dataCenter =
                dataCenter(row, defaults(run, Step.ADD_DATA_CENTER, DataCenterForm.class), problems);
        Optional<CorsForm> cors =
                row.cell(CORS_ORIGINS).isEmpty() ? Optional.empty() : Optional.of(new CorsForm(row.cell(CORS_ORIGINS)));
        report(row, checks.check(run, Step.CREATE_API_CLIENT, client), problems);
        report(row, checks.check(run, Step.ADD_ENVIRONMENT, environment), problems);
        report(row, checks.check(run, Step.ADD_CONTACT_CENTER, contactCenter), problems);
        report(row, checks.check(run, Step.ADD_DATA_CENTER, dataCenter), problems);
        cors.ifPresent(form -> report(row, checks.check(run, Step.UPDATE_CORS, form), problems));
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new RowPlan(run, client, environment, contactCenter, dataCenter, cors), List.of());
    }

    /** The rebuilt plan of a row that passed its checks when it was uploaded. */
    RowPlan plan(UploadRow row) {
        Checked checked = check(row);
        if (checked.plan() == null) {
            throw new IllegalStateException("Row " + row.number() + " no longer passes its checks: "
                    + checked.problems().stream().map(RowProblem::message).toList());
        }
        return checked.plan();
    }

    record Checked(RowPlan plan, List<RowProblem> problems) {}

    private <F extends StepForm> F defaults(NewRunForm run, Step step, Class<F> formType) {
        return checks.defaults(run, step, formType)
                .orElseThrow(() -> new IllegalStateException("The target was checked a moment ago"));
    }

    private static ApiClientForm client(UploadRow row, ApiClientForm defaults) {
        String clientId = or(row, CLIENT_ID, defaults.clientId());
        return new ApiClientForm(
                clientId,
                clientId,
                row.secret(CLIENT_SECRET),
                defaults.clientType(),
                defaults.internalClient(),
                defaults.authorities(),
                defaults.scope(),
                defaults.grantTypes(),
                defaults.redirectUris(),
                defaults.accessTokenExpirationTimeout(),
                defaults.refreshTokenExpirationTimeout());
    }

    private EnvironmentForm environment(UploadRow row, EnvironmentForm defaults, List<RowProblem> problems) {
        Integer port = row.cell(CONFIG_SERVER_PORT).isEmpty()
                ? defaults.primaryPort()
                : converted(row, CONFIG_SERVER_PORT, Integer::valueOf, "typeMismatch.java.lang.Integer", problems);
        return new EnvironmentForm(
                row.cell(CC_ID),
                or(row, CONFIG_SERVER_USER, defaults.username()),
                row.secret(CONFIG_SERVER_PASSWORD),
                defaults.connectionProtocol(),
                defaults.remoteTimeout(),
                defaults.localTimeout(),
                defaults.appName(),
                defaults.traceMode(),
                defaults.tlsEnabled(),
                row.cell(CONFIG_SERVER_HOST),
                port,
                defaults.configServerReadOnly(),
                or(row, CONFIG_SERVER_LOCATION, defaults.locations()),
                defaults.tenant());
    }

    /** The CC-id is the row's own, as step 4 takes the one typed in step 3. */
    private static ContactCenterForm contactCenter(UploadRow row, ContactCenterForm defaults) {
        return new ContactCenterForm(defaults.domains(), defaults.auth(), row.cell(CC_ID));
    }

    /** Read-only has no default, as in the wizard: an empty cell is reported by the form's own check. */
    private DataCenterForm dataCenter(UploadRow row, DataCenterForm defaults, List<RowProblem> problems) {
        Boolean readOnly = row.cell(READ_ONLY).isEmpty()
                ? null
                : converted(row, READ_ONLY, RowForms::bool, "typeMismatch.java.lang.Boolean", problems);
        return new DataCenterForm(
                or(row, DATA_CENTER_LOCATION, defaults.location()),
                or(row, ENTRY_POINT, defaults.entryPoint()),
                readOnly);
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    /** A cell the wizard would not even bind gets the wizard's words for it, and the form gets nothing. */
    private <T> T converted(
            UploadRow row, BulkColumn column, Function<String, T> parse, String code, List<RowProblem> problems) {
        try {
            return parse.apply(row.cell(column));
        } catch (IllegalArgumentException unreadable) {
            problems.add(new RowProblem(
                    row.number(),
                    column,
                    messages.getMessage(code, null, "This value is not in the expected form", Locale.ENGLISH)));
            return null;
        }
    }

    private static String or(UploadRow row, BulkColumn column, String otherwise) {
        return row.cell(column).isEmpty() ? otherwise : row.cell(column);
    }

    /** One problem per cell: the first, as a field shows its first error. */
    private void report(UploadRow row, BindingResult errors, List<RowProblem> problems) {
        for (FieldError error : errors.getFieldErrors()) {
            BulkColumn column = FIELD_COLUMNS.getOrDefault(error.getField(), TARGET);
            if (problems.stream().noneMatch(problem -> problem.column() == column)) {
                problems.add(new RowProblem(row.number(), column, messages.getMessage(error, Locale.ENGLISH)));
            }
        }
    }
}
