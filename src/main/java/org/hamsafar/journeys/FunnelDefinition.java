package org.hamsafar.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamsafar.events.InteractionFunnels.StepMatch;

/** A validated funnel question: the ordered steps, the window from entering step 0, and the entry period [from, to). */
record FunnelDefinition(List<StepMatch> steps, Duration window, String windowText, Instant from, Instant to) {
}
