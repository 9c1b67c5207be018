package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.journeys.maps.JourneyComparison.Alignment;
import org.hamsafar.journeys.maps.JourneyComparison.EmotionChange;
import org.hamsafar.journeys.maps.JourneyComparison.LaneDiff;
import org.hamsafar.journeys.maps.JourneyComparison.StageDiff;
import org.hamsafar.journeys.personas.PersianLetters;

/**
 * Compares two maps stage by stage. Stages are aligned first by id (the same id on both sides),
 * then, among the rest, by name ({@link PersianLetters#key}), each left stage with the first
 * unaligned right stage of that name. Rows follow the left map's order; a stage only on the right
 * comes just before the row of the next right stage that is aligned, or at the end.
 */
final class JourneyComparer {
    private JourneyComparer() {
    }

    static JourneyComparison compare(JourneyComparison.Side leftSide, JourneyMapDraft left, JourneyComparison.Side rightSide,
                                     JourneyMapDraft right) {
        List<JourneyStage> ls = left.stages();
        List<JourneyStage> rs = right.stages();
        int[] partner = new int[ls.size()];
        Alignment[] how = new Alignment[ls.size()];
        boolean[] taken = new boolean[rs.size()];
        java.util.Arrays.fill(partner, -1);
        for (int i = 0; i < ls.size(); i++) {
            int j = right.indexOf(ls.get(i).id());
            if (j >= 0) {
                partner[i] = j;
                how[i] = Alignment.ID;
                taken[j] = true;
            }
        }
        for (int i = 0; i < ls.size(); i++) {
            if (partner[i] >= 0) {
                continue;
            }
            String name = PersianLetters.key(ls.get(i).name());
            for (int j = 0; j < rs.size(); j++) {
                if (!taken[j] && PersianLetters.key(rs.get(j).name()).equals(name)) {
                    partner[i] = j;
                    how[i] = Alignment.NAME;
                    taken[j] = true;
                    break;
                }
            }
        }
        List<String> lanes = lanes(left.type(), right.type());
        List<StageDiff> rows = new ArrayList<>();
        boolean[] placed = new boolean[rs.size()];
        for (int i = 0; i < ls.size(); i++) {
            int j = partner[i];
            if (j >= 0) {
                for (int k = 0; k < j; k++) {
                    if (!taken[k] && !placed[k]) {
                        rows.add(oneSided(null, rs.get(k), lanes));
                        placed[k] = true;
                    }
                }
                rows.add(pair(ls.get(i), rs.get(j), how[i], lanes));
            } else {
                rows.add(oneSided(ls.get(i), null, lanes));
            }
        }
        for (int k = 0; k < rs.size(); k++) {
            if (!taken[k] && !placed[k]) {
                rows.add(oneSided(null, rs.get(k), lanes));
            }
        }
        return new JourneyComparison(leftSide, rightSide, rows, totals(left, right, rows));
    }

    /** The text lanes either type has, in the blueprint's order (which includes every lane). */
    private static List<String> lanes(JourneyMapType left, JourneyMapType right) {
        Set<String> leftLanes = Set.copyOf(JourneyLanes.textLanes(left));
        Set<String> rightLanes = Set.copyOf(JourneyLanes.textLanes(right));
        return JourneyLanes.textLanes(JourneyMapType.SERVICE_BLUEPRINT).stream()
                .filter(l -> leftLanes.contains(l) || rightLanes.contains(l)).toList();
    }

    private static StageDiff pair(JourneyStage l, JourneyStage r, Alignment how, List<String> lanes) {
        List<LaneDiff> diffs = new ArrayList<>();
        for (String lane : lanes) {
            List<String> added = missingFrom(r.textLane(lane), l.textLane(lane));
            List<String> removed = missingFrom(l.textLane(lane), r.textLane(lane));
            if (!added.isEmpty() || !removed.isEmpty()) {
                diffs.add(new LaneDiff(lane, added, removed));
            }
        }
        List<StageTouchpoint> tpAdded = touchpointsMissingFrom(r.touchpoints(), l.touchpoints());
        List<StageTouchpoint> tpRemoved = touchpointsMissingFrom(l.touchpoints(), r.touchpoints());
        Integer delta = l.emotion() == null || r.emotion() == null ? null : r.emotion() - l.emotion();
        boolean renamed = !PersianLetters.key(l.name()).equals(PersianLetters.key(r.name()));
        boolean emotionChanged = !java.util.Objects.equals(l.emotion(), r.emotion());
        boolean changed = renamed || !diffs.isEmpty() || emotionChanged || !tpAdded.isEmpty() || !tpRemoved.isEmpty();
        return new StageDiff(how, l.id(), r.id(), l.name(), r.name(), renamed, changed, diffs,
                new EmotionChange(l.emotion(), r.emotion(), delta), tpAdded, tpRemoved);
    }

    private static StageDiff oneSided(JourneyStage l, JourneyStage r, List<String> lanes) {
        JourneyStage stage = l != null ? l : r;
        List<LaneDiff> diffs = new ArrayList<>();
        for (String lane : lanes) {
            List<String> items = distinct(stage.textLane(lane));
            if (!items.isEmpty()) {
                diffs.add(l != null ? new LaneDiff(lane, List.of(), items) : new LaneDiff(lane, items, List.of()));
            }
        }
        List<StageTouchpoint> touchpoints = touchpointsMissingFrom(stage.touchpoints(), List.of());
        return new StageDiff(l != null ? Alignment.LEFT_ONLY : Alignment.RIGHT_ONLY, l == null ? null : l.id(), r == null ? null : r.id(),
                l == null ? null : l.name(), r == null ? null : r.name(), false, true, diffs,
                new EmotionChange(l == null ? null : l.emotion(), r == null ? null : r.emotion(), null),
                l == null ? touchpoints : List.of(), l != null ? touchpoints : List.of());
    }

    private static JourneyComparison.Totals totals(JourneyMapDraft left, JourneyMapDraft right, List<StageDiff> rows) {
        int aligned = 0;
        int changed = 0;
        int leftOnly = 0;
        int rightOnly = 0;
        int better = 0;
        int worse = 0;
        Integer deltaSum = null;
        for (StageDiff row : rows) {
            switch (row.alignment()) {
                case LEFT_ONLY -> leftOnly++;
                case RIGHT_ONLY -> rightOnly++;
                default -> {
                    aligned++;
                    if (row.changed()) {
                        changed++;
                    }
                    Integer delta = row.emotion().delta();
                    if (delta != null) {
                        deltaSum = (deltaSum == null ? 0 : deltaSum) + delta;
                        better += delta > 0 ? 1 : 0;
                        worse += delta < 0 ? 1 : 0;
                    }
                }
            }
        }
        List<String> resolved = missingFrom(all(left, JourneyLanes.PAIN_POINTS), all(right, JourneyLanes.PAIN_POINTS));
        List<String> newPains = missingFrom(all(right, JourneyLanes.PAIN_POINTS), all(left, JourneyLanes.PAIN_POINTS));
        List<String> newOpportunities = missingFrom(all(right, JourneyLanes.OPPORTUNITIES), all(left, JourneyLanes.OPPORTUNITIES));
        Double leftAverage = averageEmotion(left);
        Double rightAverage = averageEmotion(right);
        Double averageDelta = leftAverage == null || rightAverage == null ? null : rightAverage - leftAverage;
        return new JourneyComparison.Totals(aligned, changed, leftOnly, rightOnly, resolved.size(), newPains.size(),
                newOpportunities.size(), leftAverage, rightAverage, averageDelta, deltaSum, better, worse, resolved, newPains,
                newOpportunities);
    }

    private static List<String> all(JourneyMapDraft map, String lane) {
        List<String> items = new ArrayList<>();
        map.stages().forEach(s -> items.addAll(s.textLane(lane)));
        return items;
    }

    private static Double averageEmotion(JourneyMapDraft map) {
        List<Integer> emotions = map.stages().stream().map(JourneyStage::emotion).filter(java.util.Objects::nonNull).toList();
        return emotions.isEmpty() ? null : emotions.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /** The distinct items of {@code items} (first spelling kept) whose key is not among {@code others}' keys. */
    private static List<String> missingFrom(List<String> items, List<String> others) {
        Set<String> otherKeys = new java.util.HashSet<>();
        others.forEach(o -> otherKeys.add(PersianLetters.key(o)));
        Map<String, String> missing = new LinkedHashMap<>();
        for (String item : items) {
            String key = PersianLetters.key(item);
            if (!otherKeys.contains(key)) {
                missing.putIfAbsent(key, item);
            }
        }
        return List.copyOf(missing.values());
    }

    private static List<String> distinct(List<String> items) {
        return missingFrom(items, List.of());
    }

    private static List<StageTouchpoint> touchpointsMissingFrom(List<StageTouchpoint> items, List<StageTouchpoint> others) {
        Set<String> otherKeys = new java.util.HashSet<>();
        others.forEach(o -> otherKeys.add(o.identity()));
        Map<String, StageTouchpoint> missing = new LinkedHashMap<>();
        for (StageTouchpoint item : items) {
            if (!otherKeys.contains(item.identity())) {
                missing.putIfAbsent(item.identity(), item);
            }
        }
        return List.copyOf(missing.values());
    }
}
