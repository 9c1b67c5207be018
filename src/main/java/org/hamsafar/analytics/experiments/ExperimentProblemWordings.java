package org.hamsafar.analytics.experiments;

import java.util.List;
import org.hamsafar.shared.web.PageProblems.Wording;

/** The experiment problems the page explains in the reader's language ({@code analytics.experiments.error.<key>}). */
final class ExperimentProblemWordings {
    private static final String NUMBER = Wording.DECIMAL_NUMBER;
    static final List<Wording> ALL = List.of(
            Wording.of("^no customer had an exposure event of this type", "noExposures"),
            Wording.of("^every exposure in the period is of one variant", "oneVariant"),
            Wording.of("^has " + NUMBER + " different values among the exposures; an experiment has at most " + NUMBER, "tooManyVariants"),
            Wording.of("^the value test needs at least 2 visitors per variant", "fewVisitors"),
            Wording.of("^is required", "required"),
            Wording.of("^must be a number", "number"),
            Wording.of("^must be a whole number", "whole"),
            Wording.of("^must be from " + NUMBER + " to " + NUMBER, "closedRange"),
            Wording.of("^must be at least " + NUMBER + " and at most " + NUMBER, "closedRange"),
            Wording.of("^must be more than " + NUMBER + " and less than " + NUMBER, "openRange"),
            Wording.of("^must be more than " + NUMBER + " and at most " + NUMBER, "leftOpenRange"),
            Wording.of("^must be at least " + NUMBER + " and less than " + NUMBER, "rightOpenRange"),
            Wording.of("^must be at most visitors \\(" + NUMBER + "\\)", "conversionsAboveVisitors"),
            Wording.of("^must not be 0", "notZero"),
            Wording.of("^must move the baseline rate to a rate between 0 and 1", "effectOutOfRange"),
            Wording.of("^must be (?:positive|negative) for the alternative", "effectDirection"),
            Wording.of("^must be at most " + NUMBER + " days before to", "tooLong"));

    private ExperimentProblemWordings() {
    }
}
