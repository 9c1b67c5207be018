package org.hamsafar.actions.teams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the body of {@code PUT /api/v1/teams/{key}}: {@code nameFa} and {@code nameEn}
 * (1-100 characters, required), {@code manager} (optional) and {@code members} (optional list,
 * at most {@value #MAX_MEMBERS}), every user an active dashboard user, no member twice. A
 * {@code key} field may repeat the path's key (so that a team read can be sent back as it is).
 */
@Component
class TeamDefinitionReader {
    static final int MAX_NAME = 100;
    static final int MAX_MEMBERS = 200;
    private static final Set<String> FIELDS = Set.of("key", "nameFa", "nameEn", "manager", "members");
    private final UserAccounts users;

    TeamDefinitionReader(UserAccounts users) {
        this.users = users;
    }

    Team read(String key, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object with nameFa, nameEn, manager and members");
        }
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields.onlyKnown(body, "", FIELDS, "unknown field; a team has nameFa, nameEn, manager and members", problems);
        String bodyKey = JsonFields.text(body, "key", "", 64, problems);
        if (bodyKey != null && !bodyKey.equals(key)) {
            problems.add(new FieldProblem("key", "must be the key in the path (" + key + ") or left out"));
        }
        String nameFa = name(body, "nameFa", problems);
        String nameEn = name(body, "nameEn", problems);
        String manager = JsonFields.text(body, "manager", "", 64, problems);
        if (manager != null && manager.isEmpty()) {
            manager = null;
        }
        if (manager != null && !active(manager)) {
            problems.add(new FieldProblem("manager", "no active user named " + manager));
        }
        List<String> members = members(body.get("members"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Team(key, nameFa, nameEn, manager, members);
    }

    private static String name(JsonNode body, String field, List<FieldProblem> problems) {
        String name = JsonFields.text(body, field, "", MAX_NAME, problems);
        if (name == null || name.isEmpty()) {
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, "is required, 1 to " + MAX_NAME + " characters"));
            }
            return null;
        }
        return name;
    }

    private List<String> members(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("members", "must be a list of user names"));
            return List.of();
        }
        if (node.size() > MAX_MEMBERS) {
            problems.add(new FieldProblem("members", "must have at most " + MAX_MEMBERS + " members"));
            return List.of();
        }
        List<String> members = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "members[" + i + "]";
            String username = JsonFields.text(node.get(i), path, 64, problems);
            if (username == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(username, i);
            if (first != null) {
                problems.add(new FieldProblem(path, "duplicate of members[" + first + "] (" + username + ")"));
            } else if (!active(username)) {
                problems.add(new FieldProblem(path, "no active user named " + username));
            } else {
                members.add(username);
            }
        }
        return members;
    }

    private boolean active(String username) {
        return users.findByUsername(username).filter(UserAccount::enabled).isPresent();
    }
}
