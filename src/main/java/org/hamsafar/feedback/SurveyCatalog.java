package org.hamsafar.feedback;

import java.security.SecureRandom;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Surveys: created, replaced and found. A draft is edited in place; editing a survey that was ever
 * activated makes a new version, so that each response keeps the questions it answered.
 */
@Service
public class SurveyCatalog {
    private static final String KEY_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SurveyRepository surveys;
    private final ResponseRepository responses;
    private final SequenceBlocks ids;
    private final WriteTransactions writes;
    private final AuditLog auditLog;
    private final Clock clock;
    /**
     * Surveys by id and ids by public key, read on every response: a short life, so that another
     * instance's edits (PostgreSQL deployments) reach this one within seconds.
     */
    private final Cache<Long, Survey> byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(2)).build();
    private final Cache<String, Long> idByKey = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(2)).build();

    SurveyCatalog(SurveyRepository surveys, ResponseRepository responses, SequenceBlocks ids, WriteTransactions writes,
                  AuditLog auditLog, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.ids = ids;
        this.writes = writes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Survey create(SurveyRequest request) {
        SurveyDefinitionValidator.Valid valid = SurveyDefinitionValidator.check(request);
        Instant now = clock.instant();
        Survey survey = writes.run(() -> {
            Survey created = new Survey(ids.next("survey_seq", 1).get(0), newKey(), valid.name(), valid.status(), 1,
                    valid.definition(), valid.settings(), now, now);
            surveys.insert(created);
            return created;
        });
        auditLog.record("survey_created", "survey:" + survey.id(), "name=" + survey.name() + " status=" + survey.status().key());
        return survey;
    }

    /**
     * Replaces name, status, settings and questions. The questions become a new version when they
     * changed and the current version may have been answered (the survey is not a draft, or it has
     * responses); otherwise the current version is overwritten.
     */
    public Survey replace(long id, SurveyRequest request) {
        SurveyDefinitionValidator.Valid valid = SurveyDefinitionValidator.check(request);
        Instant now = clock.instant();
        Survey updated = writes.run(() -> {
            Survey current = surveys.find(id).orElseThrow(() -> notFound(id));
            int version = current.version();
            if (!current.definition().equals(valid.definition())) {
                // A draft that was active before may have drafts, links or clients holding this version.
                boolean answered = current.status() != SurveyStatus.DRAFT || responses.countOf(id, version) > 0
                        || surveys.wasShared(id);
                if (answered) {
                    version++;
                    surveys.insertVersion(id, version, valid.definition(), now);
                } else {
                    surveys.replaceVersion(id, version, valid.definition());
                }
            }
            Survey next = new Survey(id, current.key(), valid.name(), valid.status(), version, valid.definition(),
                    valid.settings(), current.createdAt(), now);
            surveys.update(next);
            return next;
        });
        byId.invalidate(id);
        auditLog.record("survey_updated", "survey:" + id, "version=" + updated.version() + " status=" + updated.status().key());
        return updated;
    }

    /** Only the status changes (activate, pause, close, reopen). */
    public Survey changeStatus(long id, SurveyStatus status) {
        Survey updated = writes.run(() -> {
            Survey current = surveys.find(id).orElseThrow(() -> notFound(id));
            Survey next = new Survey(id, current.key(), current.name(), status, current.version(), current.definition(),
                    current.settings(), current.createdAt(), clock.instant());
            surveys.update(next);
            return next;
        });
        byId.invalidate(id);
        auditLog.record("survey_status", "survey:" + id, "status=" + status.key());
        return updated;
    }

    public Optional<Survey> find(long id) {
        return Optional.ofNullable(byId.get(id, k -> surveys.find(k).orElse(null)));
    }

    public Survey get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    public Optional<Survey> findByKey(String key) {
        if (key == null || key.length() > 32) {
            return Optional.empty();
        }
        Long id = idByKey.get(key, k -> surveys.findByKey(k).map(Survey::id).orElse(null));
        return id == null ? Optional.empty() : find(id);
    }

    /** The questions of an earlier (or the current) version. */
    public Optional<SurveyDefinition> version(long surveyId, int version) {
        return surveys.version(surveyId, version);
    }

    public Page<Survey> list(SurveyStatus status, String cursor, int limit) {
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        List<Survey> page = surveys.list(status, before, limit + 1);
        String next = page.size() > limit ? Cursors.encode(Long.toString(page.get(limit - 1).id())) : null;
        return new Page<>(page.subList(0, Math.min(limit, page.size())), next);
    }

    private String newKey() {
        while (true) {
            StringBuilder key = new StringBuilder(12);
            for (int i = 0; i < 12; i++) {
                key.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
            }
            if (!surveys.keyTaken(key.toString())) {
                return key.toString();
            }
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No survey with id " + id);
    }
}
