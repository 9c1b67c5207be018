package org.hamsafar.journeys.overlay;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.journeys.overlay.OverlayReport.PainPoint;
import org.hamsafar.journeys.overlay.OverlayReport.StageLive;

/**
 * Flags the stages where the journey hurts most, one flag per kind, each on the stage with the
 * extreme figure, and only when that figure is a problem at all:
 * <ul>
 *   <li>{@code drop_off}: the highest drop-off rate to the next stage, among stages that lost anyone
 *   (ties: more customers lost, then the earlier stage);</li>
 *   <li>{@code sentiment}: the lowest mean sentiment of analysed texts, when it is below 0;</li>
 *   <li>{@code repeat_contacts}: the most customers who contacted again within the window;</li>
 *   <li>{@code sla_breaches}: the most cases with an SLA breach.</li>
 * </ul>
 * Ties go to the earlier stage. No data, no flag.
 */
final class PainPointFlags {
    private PainPointFlags() {
    }

    static List<PainPoint> of(List<StageLive> stages) {
        List<PainPoint> flags = new ArrayList<>();
        StageLive dropOff = null;
        StageLive sentiment = null;
        StageLive repeats = null;
        StageLive breaches = null;
        for (StageLive s : stages) {
            if (s.dropOff() != null && s.dropOff() > 0 && (dropOff == null || s.dropOffRate() > dropOff.dropOffRate()
                    || s.dropOffRate().equals(dropOff.dropOffRate()) && s.dropOff() > dropOff.dropOff())) {
                dropOff = s;
            }
            Double mean = s.sentiment().mean();
            if (mean != null && mean < 0 && (sentiment == null || mean < sentiment.sentiment().mean())) {
                sentiment = s;
            }
            if (s.repeatContacts() > 0 && (repeats == null || s.repeatContacts() > repeats.repeatContacts())) {
                repeats = s;
            }
            if (s.cases().slaBreached() > 0 && (breaches == null || s.cases().slaBreached() > breaches.cases().slaBreached())) {
                breaches = s;
            }
        }
        if (dropOff != null) {
            flags.add(flag(PainPoint.DROP_OFF, dropOff, dropOff.dropOffRate(), dropOff.dropOff()));
        }
        if (sentiment != null) {
            flags.add(flag(PainPoint.SENTIMENT, sentiment, sentiment.sentiment().mean(), sentiment.sentiment().texts()));
        }
        if (repeats != null) {
            flags.add(flag(PainPoint.REPEAT_CONTACTS, repeats, repeats.repeatContacts(), repeats.repeatContacts()));
        }
        if (breaches != null) {
            flags.add(flag(PainPoint.SLA_BREACHES, breaches, breaches.cases().slaBreached(), breaches.cases().slaBreached()));
        }
        return List.copyOf(flags);
    }

    private static PainPoint flag(String kind, StageLive stage, double value, long count) {
        return new PainPoint(kind, stage.id(), stage.name(), stage.index(), value, count);
    }
}
