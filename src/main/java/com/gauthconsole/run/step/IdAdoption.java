package com.gauthconsole.run.step;

import com.gauthconsole.gauth.Existence;
import java.util.function.BiFunction;

/**
 * How a lead adopts, by the ID found in GAuth (or in the customer's Tenant service), what a failed attempt may have
 * created: GAuth names an environment or contact center only in the {@code path} of its create answer, and nothing
 * documents a look-up by the CC-id the request carried.
 *
 * @param idName the returned ID it becomes, e.g. {@link ReturnedIds#ENVIRONMENT_ID}
 * @param object what it is, e.g. "environment"
 * @param idLabel what the lead types, e.g. "environment ID"
 * @param lookUp GAuth's read call for that ID
 */
public record IdAdoption(
        String idName, String object, String idLabel, BiFunction<StepContext, String, Existence> lookUp) {}
