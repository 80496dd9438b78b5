package com.gauthconsole.run.step;

import com.gauthconsole.gauth.Existence;
import com.gauthconsole.gauth.GauthExchange;
import com.gauthconsole.run.Step;
import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.run.engine.AttemptRecorder;
import com.gauthconsole.run.engine.ReturnedIds;
import com.gauthconsole.run.engine.StepNotReady;
import com.gauthconsole.run.engine.StepOutcome;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * What a lead's adoption by ID comes to, once GAuth was asked about the ID: adopted when GAuth has it, refused when
 * GAuth answers 404, adopted unchecked (with the lead's reason) when GAuth cannot be asked. Each outcome is an
 * attempt of its own, recording who adopted which ID and why.
 */
@Component
public class IdAdoptions {

    public static final String REFUSED = "AdoptionRefused";
    private static final int MAX_REASON = 500;
    private static final Pattern ID = Pattern.compile(FormPatterns.IDENTIFIER);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final AttemptRecorder recorder;

    IdAdoptions(AttemptRecorder recorder) {
        this.recorder = recorder;
    }

    /** Refuses an ID no GAuth object could have before anybody asks GAuth about it. */
    public static String checkedId(IdAdoption adoption, String typed) {
        String id = typed == null ? "" : typed.strip();
        if (id.isEmpty() || id.length() > 100 || !ID.matcher(id).matches()) {
            throw new StepNotReady("Enter the " + adoption.idLabel() + " as GAuth shows it: "
                    + FormPatterns.IDENTIFIER_MESSAGE.toLowerCase(Locale.ROOT) + ", at most 100 characters.");
        }
        return id;
    }

    public void record(
            long runId, Step step, Actor actor, IdAdoption adoption, String id, String reason, Existence existence) {
        GauthExchange lookUp = existence.lookUp();
        String why = reason == null ? "" : reason.strip();
        switch (existence.state()) {
            case EXISTS ->
                recorder.adopt(
                        runId,
                        step,
                        actor,
                        lookUp,
                        StepOutcome.ids(ReturnedIds.of(adoption.idName(), id)),
                        supplied(adoption, id, "GAuth has it"));
            case ABSENT -> {
                String refusal = "GAuth has no such " + adoption.object() + ": it answered 404 for "
                        + adoption.idLabel() + " '" + id + "'. Nothing was adopted; check the ID in GAuth.";
                recorder.refuseAdoption(runId, step, actor, lookUp, REFUSED, refusal, supplied(adoption, id, null));
                throw new StepNotReady(refusal);
            }
            case CANNOT_CHECK -> {
                if (why.isEmpty()) {
                    throw new StepNotReady("GAuth could not be asked about " + adoption.idLabel() + " '" + id + "' ("
                            + existence.detail() + "). To adopt it unchecked, say why you are sure it exists.");
                }
                if (why.length() > MAX_REASON) {
                    throw new StepNotReady("Give the reason in at most " + MAX_REASON + " characters.");
                }
                recorder.adopt(
                        runId,
                        step,
                        actor,
                        lookUp,
                        StepOutcome.ids(ReturnedIds.of(adoption.idName(), id)),
                        supplied(adoption, id, "unchecked: " + existence.detail() + " Lead's reason: " + why));
            }
        }
    }

    /** What the lead supplied, in the form of a re-run's changed inputs: the ID, and why it was adopted. */
    private static String supplied(IdAdoption adoption, String id, String why) {
        ArrayNode supplied = MAPPER.createArrayNode();
        supplied.addObject()
                .put("field", "adopted " + adoption.idLabel())
                .put("before", "")
                .put("after", id);
        if (why != null) {
            supplied.addObject()
                    .put("field", "adopted because")
                    .put("before", "")
                    .put("after", why);
        }
        return MAPPER.writeValueAsString(supplied);
    }
}
