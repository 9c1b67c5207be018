package org.hamsafar.actions.measures;

import java.time.Instant;
import java.util.List;

/**
 * The measures of a scope: everything in it ({@code overall}) and each team in it, by team key,
 * cases without a team last. Public, like {@link LoopFigures}, for the panel's template; the
 * package stays internal to the module.
 */
public record MeasuresReport(Instant from, Instant to, String team, String segment, LoopFigures overall, List<LoopFigures> byTeam) {
}
