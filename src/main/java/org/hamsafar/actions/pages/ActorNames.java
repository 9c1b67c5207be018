package org.hamsafar.actions.pages;

import java.util.Map;

/**
 * Reads the actor of a history entry or note ("user:ali", "rule:12 (Detractors)", "key:crm (hs_ab12)",
 * "system", "customer") into a kind and a name a person reads.
 */
final class ActorNames {
    private ActorNames() {
    }

    record Actor(String kind, String name) {
    }

    static Actor read(String actor, Map<String, String> userNames) {
        if (actor == null || actor.isBlank() || actor.equals("system")) {
            return new Actor("system", "");
        }
        if (actor.equals("customer")) {
            return new Actor("customer", "");
        }
        if (actor.startsWith("user:")) {
            String username = actor.substring(5);
            return new Actor("user", userNames.getOrDefault(username, username));
        }
        if (actor.startsWith("rule:")) {
            int open = actor.indexOf(" (");
            String name = open > 0 && actor.endsWith(")") ? actor.substring(open + 2, actor.length() - 1) : actor.substring(5);
            return new Actor("rule", name);
        }
        if (actor.startsWith("key:")) {
            return new Actor("key", actor.substring(4));
        }
        // Notes are written with the author's plain user name.
        if (userNames.containsKey(actor)) {
            return new Actor("user", userNames.get(actor));
        }
        return new Actor("other", actor);
    }
}
