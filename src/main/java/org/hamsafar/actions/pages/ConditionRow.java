package org.hamsafar.actions.pages;

/**
 * One condition of the rule editor as posted (a plain bean for form binding; every field is text,
 * so that what was typed comes back next to its error). {@code field} is a vocabulary name or a
 * keyed prefix ({@code answer.}) with {@code key} after it; {@code value} holds one value, or several
 * separated by commas for in and not_in; {@code window} and the {@code match*} fields are event.count's.
 */
public class ConditionRow {
    private String field = "";
    private String key = "";
    private String op = "";
    private String value = "";
    private String window = "";
    private String matchType = "";
    private String matchChannel = "";
    private String matchTouchpoint = "";

    static ConditionRow of(String field, String op, String value) {
        ConditionRow row = new ConditionRow();
        row.field = field;
        row.op = op;
        row.value = value;
        return row;
    }

    /** Nothing chosen or typed: the row is left out of the rule. */
    boolean blank() {
        return isBlank(field) && isBlank(key) && isBlank(value) && isBlank(window) && isBlank(matchType) && isBlank(matchChannel)
                && isBlank(matchTouchpoint);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getOp() { return op; }
    public void setOp(String op) { this.op = op; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getWindow() { return window; }
    public void setWindow(String window) { this.window = window; }
    public String getMatchType() { return matchType; }
    public void setMatchType(String matchType) { this.matchType = matchType; }
    public String getMatchChannel() { return matchChannel; }
    public void setMatchChannel(String matchChannel) { this.matchChannel = matchChannel; }
    public String getMatchTouchpoint() { return matchTouchpoint; }
    public void setMatchTouchpoint(String matchTouchpoint) { this.matchTouchpoint = matchTouchpoint; }
}
