package org.hamsafar.actions.pages;

/**
 * One action of the rule editor as posted: {@code type} open_case, notify_email, webhook or
 * tag_customer, and the fields of that type ({@code to}: recipients separated by commas or lines).
 */
public class ActionRow {
    static final java.util.List<String> TYPES = java.util.List.of("open_case", "notify_email", "webhook", "tag_customer");
    private String type = "open_case";
    private String priority = "";
    private String team = "";
    private String title = "";
    private String to = "";
    private String webhookId = "";
    private String tag = "";

    static ActionRow openCase(String priority) {
        ActionRow row = new ActionRow();
        row.priority = priority;
        return row;
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getWebhookId() { return webhookId; }
    public void setWebhookId(String webhookId) { this.webhookId = webhookId; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
}
