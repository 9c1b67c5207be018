package org.hamsafar.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of cases in the API. */
public final class CaseView {

    private CaseView() {
    }

    public static Map<String, Object> summary(CxCase c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("customerId", c.customerId());
        out.put("title", c.title());
        out.put("state", c.state().key());
        out.put("allowedStates", CaseState.keys(c.state().next()));
        out.put("priority", c.priority().key());
        out.put("team", c.team());
        out.put("assignee", c.assignee());
        out.put("origin", c.origin());
        out.put("originRef", c.originRef());
        out.put("ruleId", c.ruleId());
        out.put("rootCause", c.rootCause());
        out.put("createdAt", c.createdAt().toString());
        out.put("createdBy", c.createdBy());
        out.put("updatedAt", c.updatedAt().toString());
        out.put("firstResponseAt", c.firstResponseAt() == null ? null : c.firstResponseAt().toString());
        out.put("resolvedAt", c.resolvedAt() == null ? null : c.resolvedAt().toString());
        out.put("closedAt", c.closedAt() == null ? null : c.closedAt().toString());
        return out;
    }

    /** Adds the case's SLA ({@code null} while the case has no SLA clock). */
    static Map<String, Object> withSla(Map<String, Object> view, org.hamsafar.actions.sla.SlaStatus sla) {
        view.put("sla", sla == null ? null : sla.asJson());
        return view;
    }

    static Map<String, Object> full(CxCase c, List<CaseChange> history, List<CaseNote> notes) {
        Map<String, Object> out = summary(c);
        out.put("description", c.description());
        out.put("resolution", c.resolution());
        out.put("history", history.stream().map(h -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("at", h.at().toString());
            change.put("actor", h.actor());
            change.put("change", h.change());
            change.put("from", h.from());
            change.put("to", h.to());
            return change;
        }).toList());
        out.put("notes", notes);
        return out;
    }
}
