package org.hamsafar.journeys.pages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hamsafar.journeys.maps.JourneyComparison;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapSummary;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.shared.Digits;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Two maps, or two versions of one map, side by side ({@code /journeys/compare}). Without a choice
 * the page compares the newest current-state map with a future-state map (of the same persona when
 * there is one); given one map, its counterpart of the other state, or else its previous version.
 */
@Controller
class CompareController {
    /** How many maps the choosers list (the newest). */
    static final int CHOICES = 200;
    private final JourneyMaps maps;

    CompareController(JourneyMaps maps) {
        this.maps = maps;
    }

    /** What is compared: map ids and versions (null: the latest). */
    record Choice(Long left, Integer leftVersion, Long right, Integer rightVersion, boolean dropped) {
    }

    @GetMapping("/journeys/compare")
    ModelAndView compare(@RequestParam(required = false) String left, @RequestParam(required = false) String right,
                         @RequestParam(required = false) String leftVersion, @RequestParam(required = false) String rightVersion) {
        boolean[] dropped = {false};
        Long leftId = number(left, dropped);
        Long rightId = number(right, dropped);
        Integer leftV = version(leftVersion, dropped);
        Integer rightV = version(rightVersion, dropped);
        List<JourneyMapSummary> all = maps.list(null, null, null, null, CHOICES).items();
        if (leftId == null && rightId == null) {
            Optional<JourneyMapSummary> current = all.stream().filter(m -> m.type() == JourneyMapType.CURRENT_STATE).findFirst();
            if (current.isPresent()) {
                leftId = current.get().id();
            } else if (!all.isEmpty()) {
                leftId = all.get(0).id();
            }
        }
        if (leftId != null && rightId == null) {
            JourneyMap l = maps.get(leftId);
            Optional<JourneyMapSummary> other = counterpart(l, all);
            if (other.isPresent()) {
                rightId = other.get().id();
            } else {
                rightId = leftId;
                if (leftV == null && l.latestVersion() > 1) {
                    leftV = l.latestVersion() - 1;
                }
            }
        } else if (leftId == null && rightId != null) {
            leftId = rightId;
            JourneyMap r = maps.get(rightId);
            if (rightV == null && leftV == null && r.latestVersion() > 1) {
                leftV = r.latestVersion() - 1;
            }
        }
        ModelAndView view = new ModelAndView("journeys/map-compare");
        view.addObject("choices", all);
        view.addObject("choice", new Choice(leftId, leftV, rightId, rightV, dropped[0]));
        if (leftId != null) {
            JourneyMap l = leftV == null ? maps.get(leftId) : maps.version(leftId, leftV);
            JourneyMap r = rightV == null ? maps.get(rightId) : maps.version(rightId, rightV);
            JourneyComparison comparison = maps.compare(l.id(), l.version(), r.id(), r.version());
            view.addObject("view", ComparisonView.of(l, r, comparison));
        } else {
            view.addObject("view", null);
        }
        return view;
    }

    /** A map of the other state (current and future) for the same persona, else any; none for other types. */
    private static Optional<JourneyMapSummary> counterpart(JourneyMap map, List<JourneyMapSummary> all) {
        JourneyMapType wanted = switch (map.type()) {
            case CURRENT_STATE -> JourneyMapType.FUTURE_STATE;
            case FUTURE_STATE -> JourneyMapType.CURRENT_STATE;
            default -> null;
        };
        if (wanted == null) {
            return Optional.empty();
        }
        List<JourneyMapSummary> others = all.stream().filter(m -> m.type() == wanted && m.id() != map.id()).toList();
        return others.stream().filter(m -> map.personaId() != null && Objects.equals(m.personaId(), map.personaId())).findFirst()
                .or(() -> others.stream().findFirst());
    }

    private static Long number(String value, boolean[] dropped) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String latin = Digits.latin(value.strip());
        if (latin.matches("\\d{1,18}")) {
            return Long.parseLong(latin);
        }
        dropped[0] = true;
        return null;
    }

    private static Integer version(String value, boolean[] dropped) {
        Long n = number(value, dropped);
        if (n == null) {
            return null;
        }
        if (n < 1 || n > Integer.MAX_VALUE) {
            dropped[0] = true;
            return null;
        }
        return n.intValue();
    }
}
