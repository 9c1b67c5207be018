package org.hamsafar.actions.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule editor's form as posted (a plain bean for Spring's form binding). In {@code form} mode
 * the rule is its rows of conditions, combined by {@code match} (all or any), and its actions; in
 * {@code json} mode it is {@code json}, the {@code {"when", "actions"}} object typed by hand, for
 * rules the rows cannot express (nested all/any/not). {@link RuleFormJson} turns either into the
 * API's rule body.
 */
public class RuleForm {
    static final String FORM = "form";
    static final String JSON = "json";
    private String name = "";
    // An unchecked box is not posted at all, so a bound form starts with it off.
    private boolean enabled;
    private String match = "all";
    private List<ConditionRow> conditions = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();
    private String mode = FORM;
    private String json = "";
    private String days = "30";

    /** A new rule: "NPS of 6 or less opens a high-priority case", switched off until saved otherwise. */
    static RuleForm blank() {
        RuleForm form = new RuleForm();
        form.conditions.add(ConditionRow.of("answer.nps", "<=", "6"));
        form.actions.add(ActionRow.openCase("high"));
        return form;
    }

    /**
     * Applies a button that edits the rows without saving: {@code addCondition}, {@code removeCondition-2},
     * {@code addAction}, {@code removeAction-0}. Unknown actions change nothing.
     */
    void apply(String action) {
        if ("addCondition".equals(action)) {
            conditions.add(new ConditionRow());
        } else if ("addAction".equals(action)) {
            actions.add(new ActionRow());
        } else if (action != null && action.startsWith("removeCondition-")) {
            remove(conditions, action.substring("removeCondition-".length()));
        } else if (action != null && action.startsWith("removeAction-")) {
            remove(actions, action.substring("removeAction-".length()));
        }
    }

    private static void remove(List<?> rows, String index) {
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < rows.size()) {
                rows.remove(i);
            }
        } catch (NumberFormatException e) {
            // Not a row of this form: nothing to remove.
        }
    }

    public boolean jsonMode() {
        return JSON.equals(mode);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getMatch() { return match; }
    public void setMatch(String match) { this.match = match; }
    public List<ConditionRow> getConditions() { return conditions; }
    public void setConditions(List<ConditionRow> conditions) { this.conditions = conditions; }
    public List<ActionRow> getActions() { return actions; }
    public void setActions(List<ActionRow> actions) { this.actions = actions; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getJson() { return json; }
    public void setJson(String json) { this.json = json; }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }
}
