package com.gauthconsole.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows on one target that would create the same object twice. GAuth refuses a second API client of the same ID on one
 * target, a second environment or contact center for the same CC-id, and (by the simulator's stricter reading) a
 * second data center for the same location: the later row would fail at that step, so the check says so first.
 */
final class SameTargetClashes {

    private static final String REFUSED = "and GAuth refuses a second one there";

    private SameTargetClashes() {}

    static List<RowProblem> in(Map<Integer, RowPlan> plans) {
        List<RowProblem> problems = new ArrayList<>();
        clashes(plans, BulkColumn.CLIENT_ID, plan -> plan.client().clientId(), "the API client", REFUSED, problems);
        clashes(
                plans,
                BulkColumn.CC_ID,
                plan -> plan.environment().id(),
                "the environment of CC-id",
                REFUSED,
                problems);
        clashes(
                plans,
                BulkColumn.DATA_CENTER_LOCATION,
                plan -> plan.dataCenter().location(),
                "the data center",
                "and the simulator refuses a second one there (GAuth does not document it)",
                problems);
        return problems;
    }

    private static void clashes(
            Map<Integer, RowPlan> plans,
            BulkColumn column,
            Function<RowPlan, String> value,
            String what,
            String why,
            List<RowProblem> problems) {
        Map<List<String>, Integer> first = new HashMap<>();
        plans.forEach((row, plan) -> {
            Integer earlier = first.putIfAbsent(List.of(plan.run().target(), value.apply(plan)), row);
            if (earlier != null) {
                problems.add(new RowProblem(
                        row,
                        column,
                        "Row " + earlier + " already creates " + what + " " + value.apply(plan) + " on "
                                + plan.run().target() + ", " + why + ": give this row its own " + column.header()
                                + "."));
            }
        });
    }
}
