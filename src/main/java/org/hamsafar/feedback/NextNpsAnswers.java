package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What customers answered to NPS after a given response, for other modules (closed-loop
 * measures: did a detractor whose complaint opened a case come back as a passive or promoter?).
 */
@Service
public class NextNpsAnswers {
    /** Ids per query: well below both stores' parameter limits. */
    private static final int CHUNK = 500;
    private final NpsAnswerQueries queries;

    NextNpsAnswers(NpsAnswerQueries queries) {
        this.queries = queries;
    }

    /**
     * For each of these responses that is stored and has an NPS answer, that answer and its
     * customer's next NPS answer; responses without an NPS answer are left out. No order.
     */
    public List<NpsRevisit> after(Collection<UUID> responseIds) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(responseIds));
        List<NpsRevisit> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.addAll(queries.revisits(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return out;
    }
}
