package org.hamsafar.journeys.pages;

import java.util.List;

/**
 * A cell being edited: which stage and lane, what the form holds (the text lane's items one per
 * line, or the touchpoint rows), and what went wrong with the last save ({@code problems} in the
 * page's language, {@code conflict} when someone saved a newer version). {@code stageName} is
 * for labels.
 */
record CellEdit(String stageId, String stageName, String lane, String text, List<TouchpointRow> rows, List<String> problems,
                Conflict conflict) {

    /** One touchpoint row of the form, as typed, with the problems of that row. */
    record TouchpointRow(String channel, String type, String touchpoint, String surveyId, String label, List<String> problems) {
        static TouchpointRow blank() {
            return new TouchpointRow("", "", "", "", "", List.of());
        }

        TouchpointRow withProblems(List<String> value) {
            return new TouchpointRow(channel, type, touchpoint, surveyId, label, value);
        }

        public boolean isBlank() {
            return channel.isBlank() && type.isBlank() && touchpoint.isBlank() && surveyId.isBlank() && label.isBlank();
        }
    }

    public boolean failed() {
        return !problems.isEmpty() || conflict != null;
    }
}
