package org.hamsafar.journeys.funnels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamsafar.events.InteractionFunnels;
import org.hamsafar.events.InteractionFunnels.StepMatch;

/**
 * A validated funnel question: the ordered steps, the window from entering step 0, the entry
 * period [from, to), and the breakdown (null for none).
 */
public record FunnelDefinition(List<StepMatch> steps, Duration window, String windowText, Instant from, Instant to,
                               FunnelBreakdown breakdown) {
    public FunnelDefinition {
        steps = List.copyOf(steps);
    }

    InteractionFunnels.Funnel funnel() {
        return new InteractionFunnels.Funnel(steps, window, from, to);
    }
}
