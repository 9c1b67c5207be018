package org.hamsafar.journeys.peakend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hamsafar.feedback.Question;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyDefinition;
import org.springframework.stereotype.Component;

/**
 * The number of stars of each rating question, per survey version, read from the feedback module's
 * definitions: a rating's intensity depends on its scale (4 of 5 stars is not 4 of 10). A version
 * that has answers never changes (edits of an answered survey make a new version), so the scales of
 * the versions asked for are kept once read.
 */
@Component
class RatingScales {
    /** One rating question of one survey version and its stars (3 to 10). */
    record Scale(long surveyId, int version, String questionKey, int stars) {
    }

    /** A survey version that has rating answers. */
    record Version(long surveyId, int version) {
    }

    private final SurveyCatalog surveys;
    private final Cache<Version, List<Scale>> known = Caffeine.newBuilder().maximumSize(20_000).build();

    RatingScales(SurveyCatalog surveys) {
        this.surveys = surveys;
    }

    /** The rating questions of these versions with their stars; a version no longer stored gives none (5 stars are assumed). */
    List<Scale> of(Collection<Version> versions) {
        List<Scale> scales = new ArrayList<>();
        for (Version v : versions) {
            scales.addAll(known.get(v, this::read));
        }
        return scales;
    }

    private List<Scale> read(Version v) {
        SurveyDefinition definition = surveys.version(v.surveyId(), v.version()).orElse(null);
        if (definition == null) {
            return List.of();
        }
        List<Scale> scales = new ArrayList<>();
        for (Question q : definition.questions()) {
            if (q.type() == QuestionType.RATING) {
                scales.add(new Scale(v.surveyId(), v.version(), q.key(), q.maxScore()));
            }
        }
        return List.copyOf(scales);
    }
}
