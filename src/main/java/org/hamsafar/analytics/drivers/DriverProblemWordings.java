package org.hamsafar.analytics.drivers;

import java.util.List;
import org.hamsafar.shared.web.PageProblems.Wording;

/** The key-driver problems the page explains in the reader's language ({@code analytics.drivers.error.<key>}). */
final class DriverProblemWordings {
    private static final String NUMBER = Wording.WHOLE_NUMBER;
    static final List<Wording> ALL = List.of(
            Wording.of("^only " + NUMBER + " responses in the period answered the outcome and every driver; " + NUMBER
                    + " drivers need at least " + NUMBER, "fewResponses"),
            Wording.of("^every complete response gave the outcome the same score", "constantOutcome"),
            Wording.of("^every driver is constant", "constantDrivers"),
            Wording.of("^no survey has this id", "noSurvey"),
            Wording.of("^the survey has no (?:such )?question", "noQuestion"),
            Wording.of("^must be a scored question", "notScored"),
            Wording.of("^is required: the survey has no NPS, CSAT or CES question", "noOutcome"),
            Wording.of("^the survey has no scored question besides", "noDrivers"),
            Wording.of("^is the outcome question", "isOutcome"),
            Wording.of("^must be a scored or yes/no question", "driverType"),
            Wording.of("^must be at most " + NUMBER + " days before to", "tooLong"));

    private DriverProblemWordings() {
    }
}
