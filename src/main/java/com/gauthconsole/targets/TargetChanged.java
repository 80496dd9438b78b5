package com.gauthconsole.targets;

import java.util.List;

/**
 * Published, in the transaction that makes it, when a lead adds, changes or removes a GAuth target.
 *
 * @param name the target's name after the change
 * @param baseUrl its URL after the change (before it, for a removal)
 * @param fields what a change changed, by field name (the ops password is named when a new one was typed, never
 *     shown); empty for an addition or a removal
 */
public record TargetChanged(String actor, String name, Change change, String baseUrl, List<String> fields) {

    public enum Change {
        CREATED,
        CHANGED,
        DELETED
    }
}
