package org.hamsafar.customers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The customers module's entry point: profiles found by identity, created, updated, merged and
 * erased; their tags; the 360 view (facts and the cross-channel timeline from every module); search and export.
 */
@Service
public class CustomerDirectory {
    private final CustomerRepository profiles;
    private final IdentityRepository identities;
    private final AttributeHistoryRepository history;
    private final ConsentRepository consent;
    private final MergeRepository merges;
    private final CustomerTagRepository tags;
    private final CustomerResolver resolver;
    private final ProfileMerger merger;
    private final CustomerEraser eraser;
    private final CustomerSearch search;
    private final TimelineAssembler timeline;
    private final List<CustomerFactsSource> factsSources;
    private final List<CustomerDataHolder> holders;
    private final WriteTransactions writes;
    private final AuditLog auditLog;
    private final Clock clock;

    CustomerDirectory(CustomerRepository profiles, IdentityRepository identities, AttributeHistoryRepository history,
                      ConsentRepository consent, MergeRepository merges, CustomerTagRepository tags,
                      CustomerResolver resolver, ProfileMerger merger,
                      CustomerEraser eraser, CustomerSearch search, TimelineAssembler timeline,
                      List<CustomerFactsSource> factsSources, List<CustomerDataHolder> holders, WriteTransactions writes,
                      AuditLog auditLog, Clock clock) {
        this.profiles = profiles;
        this.identities = identities;
        this.history = history;
        this.consent = consent;
        this.merges = merges;
        this.tags = tags;
        this.resolver = resolver;
        this.merger = merger;
        this.eraser = eraser;
        this.search = search;
        this.timeline = timeline;
        this.factsSources = factsSources;
        this.holders = holders;
        this.writes = writes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The profile of each claim; where it is null, {@code problems} says why (same index). */
    public record Resolved(List<Long> customerIds, List<String> problems, int created, int merges) {
    }

    /**
     * Resolves a batch of claims to profiles (see {@link CustomerResolver} for the rules). Must run
     * inside a {@link WriteTransactions} transaction, together with whatever the caller stores for
     * those customers, so that both commit or roll back together.
     */
    public Resolved resolve(List<IdentityClaim> claims) {
        CustomerResolver.Resolution resolution = resolver.resolve(claims, clock.instant(), Actors.current());
        return new Resolved(resolution.customerIds(), resolution.problems(), resolution.created().size(), resolution.merges());
    }

    /** The result of an upsert: the profile after it, and whether it was created now. */
    public record Upserted(CustomerProfile profile, boolean created) {
    }

    public Upserted upsert(CustomerUpsert upsert) {
        return upsertAll(List.of(upsert)).get(0);
    }

    /** Upserts in one transaction (an import chunk); each is applied in order. */
    public List<Upserted> upsertAll(List<CustomerUpsert> upserts) {
        CustomerResolver.Resolution resolution = writes.run(() -> {
            Instant now = clock.instant();
            CustomerResolver.Resolution resolved = resolver.resolve(
                    upserts.stream().map(u -> new IdentityClaim(null, u.identities())).toList(), now, Actors.current());
            for (int i = 0; i < upserts.size(); i++) {
                apply(resolved.customerIds().get(i), upserts.get(i), now);
            }
            return resolved;
        });
        return resolution.customerIds().stream()
                .map(id -> new Upserted(find(id).orElseThrow(), resolution.created().contains(id)))
                .toList();
    }

    private void apply(long customerId, CustomerUpsert upsert, Instant now) {
        ProfileRow row = profiles.find(customerId).orElseThrow();
        AttributeValues before = AttributeValues.of(row);
        AttributeValues after = before.overriddenBy(AttributeValues.of(upsert.attributes(), upsert.custom()));
        List<AttributeHistoryRepository.Change> changes = new ArrayList<>();
        for (String name : after.differencesFrom(before)) {
            changes.add(new AttributeHistoryRepository.Change(customerId, name, before.get(name), after.get(name), now, upsert.source()));
        }
        if (!changes.isEmpty()) {
            history.insertAll(changes);
            profiles.updateProfile(customerId, after.attributes(), after.custom(), now);
        }
        for (ConsentChange change : upsert.consent()) {
            consent.insert(customerId, change.at() == null
                    ? new ConsentChange(change.channel(), change.purpose(), change.granted(), now, change.source())
                    : change, now);
        }
    }

    /**
     * Registers new customers in bulk (an initial load, the demo company) and returns their ids in
     * order. Their identities must not belong to anyone yet.
     */
    public List<Long> registerAll(List<NewCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return writes.run(() -> {
            Instant now = clock.instant();
            List<Long> ids = profiles.nextIds(customers.size());
            profiles.insertAll(ids, customers.stream().map(NewCustomer::attributes).toList(),
                    customers.stream().map(c -> c.since() == null ? now : c.since()).toList(), now);
            Map<CustomerIdentity, Long> owners = new LinkedHashMap<>();
            for (int i = 0; i < customers.size(); i++) {
                for (CustomerIdentity identity : customers.get(i).identities()) {
                    owners.put(identity, ids.get(i));
                }
            }
            identities.insertAll(owners, now);
            List<Long> consentOwners = new ArrayList<>();
            List<ConsentChange> changes = new ArrayList<>();
            for (int i = 0; i < customers.size(); i++) {
                for (ConsentChange change : customers.get(i).consent()) {
                    consentOwners.add(ids.get(i));
                    changes.add(change);
                }
            }
            consent.insertAll(consentOwners, changes, now);
            return ids;
        });
    }

    /** The profile that now stands for this id (following merges); empty if there is none. */
    public Optional<CustomerProfile> find(long id) {
        return liveId(id).flatMap(profiles::find).map(row -> new CustomerProfile(row.id(), row.createdAt(), row.updatedAt(),
                row.attributes(), row.custom(), identities.of(row.id()), consent.current(row.id()), row.erasedAt()));
    }

    /** Full names of the named customers among {@code ids} (unnamed or erased ones are missing), in one query. */
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        return profiles.fullNames(ids);
    }

    /**
     * List lines (name, external id, e-mail, phone, city) of the live, non-erased customers among
     * {@code ids}, by id, in one query; merged, erased and unknown ids are missing.
     */
    public Map<Long, CustomerSummary> summaries(java.util.Collection<Long> ids) {
        Map<Long, CustomerSummary> found = new LinkedHashMap<>();
        search.byIds(ids).forEach(summary -> found.put(summary.id(), summary));
        return found;
    }

    public Optional<Long> liveId(long id) {
        return Optional.ofNullable(profiles.liveIds(List.of(id)).get(id));
    }

    /** Facts about the customer from every module (first and last seen, interactions, value, ...). */
    public Map<String, Object> facts(long customerId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        factsSources.forEach(source -> facts.putAll(source.factsOf(customerId)));
        return facts;
    }

    public Page<TimelineEntry> timeline(long customerId, String channel, String cursor, int limit) {
        return timeline.page(customerId, channel, cursor, limit);
    }

    public Page<CustomerSummary> search(String query, String cursor, int limit) {
        return search(query, null, cursor, limit);
    }

    /** Like {@link #search(String, String, int)}, keeping only customers who carry {@code tag} when it is set. */
    public Page<CustomerSummary> search(String query, String tag, String cursor, int limit) {
        Long before = cursor == null ? null : Cursors.decodeLong(cursor);
        List<CustomerSummary> rows = search.find(query, tag, before, limit + 1);
        boolean more = rows.size() > limit;
        List<CustomerSummary> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(page, more ? Cursors.encode(Long.toString(page.get(limit - 1).id())) : null);
    }

    /**
     * Tags the customer; a merged profile's id tags the survivor. Idempotent: tagging again keeps
     * the first addition's time and source, and answers false. {@code source} says who tagged
     * ("rule:12", "user:ali", ...). Joins the caller's write transaction if there is one.
     *
     * @throws InvalidInputException if the tag is not a key or the source is blank or over 200 characters
     * @throws NotFoundException if there is no such customer
     * @throws ConflictException if the customer's personal data was erased
     */
    public boolean tag(long customerId, String tag, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        checkTag(tag, problems);
        if (source == null || source.isBlank() || source.length() > 200) {
            problems.add(new FieldProblem("source", "must be 1 to 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inWrite(() -> {
            long live = liveId(customerId).orElseThrow(() -> new NotFoundException("Customer " + customerId));
            if (profiles.find(live).filter(row -> row.erasedAt() != null).isPresent()) {
                throw new ConflictException("erased", "Customer " + live + " was erased; it takes no new tags.");
            }
            return tags.add(live, tag, clock.instant(), source.strip());
        });
    }

    /**
     * Removes a tag from the customer (a merged profile's id: from the survivor); true when the
     * customer carried it. Audited, since the tag's own record goes with it.
     */
    public boolean untag(long customerId, String tag) {
        List<FieldProblem> problems = new ArrayList<>();
        checkTag(tag, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inWrite(() -> {
            long live = liveId(customerId).orElseThrow(() -> new NotFoundException("Customer " + customerId));
            boolean removed = tags.remove(live, tag);
            if (removed) {
                auditLog.record("customer_untagged", "customer:" + live, "tag=" + tag);
            }
            return removed;
        });
    }

    /** The tags the customer (or, for a merged id, the survivor) carries, in alphabetical order; empty for no customer. */
    public List<String> tags(long customerId) {
        return tagDetails(customerId).stream().map(CustomerTag::tag).toList();
    }

    /** The customer's tags with when and by whom each was added, in alphabetical order. */
    public List<CustomerTag> tagDetails(long customerId) {
        return liveId(customerId).map(tags::of).orElse(List.of());
    }

    private static void checkTag(String tag, List<FieldProblem> problems) {
        if (!Keys.isKey(tag)) {
            problems.add(new FieldProblem("tag", TAG_RULE));
        }
    }

    /** How a tag must look, for error messages. */
    static final String TAG_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    /** Runs in the caller's transaction when there is one (a rule tagging as it opens a case), else in a write of its own. */
    private <T> T inWrite(Supplier<T> work) {
        return TransactionSynchronizationManager.isActualTransactionActive() ? work.get() : writes.run(work);
    }

    /** Merges {@code mergedId} into {@code survivorId} by hand; audited. Returns the merge's id. */
    public long merge(long survivorId, long mergedId) {
        long mergeId = writes.run(() -> merger.merge(survivorId, mergedId, "manual", Actors.current(), clock.instant()));
        auditLog.record("customer_merged", "customer:" + survivorId, "merged customer:" + mergedId + " (merge " + mergeId + ")");
        return mergeId;
    }

    public void undoMerge(long mergeId) {
        writes.run(() -> merger.undo(mergeId, Actors.current(), clock.instant()));
        auditLog.record("customer_merge_undone", "merge:" + mergeId, null);
    }

    public List<MergeRecord> merges(long customerId) {
        return merges.involving(customerId);
    }

    /** Erases a customer (and every profile merged into it); audited. */
    public void erase(long id, ErasureMode mode) {
        // The live id is looked up inside the write: a merge in between must not leave data behind.
        long[] erased = writes.run(() -> {
            long customerId = liveId(id).orElseThrow(() -> new NotFoundException("Customer " + id));
            return new long[] {customerId, eraser.erase(customerId, mode, clock.instant())};
        });
        auditLog.record("customer_erased", "customer:" + erased[0], "mode=" + mode.name().toLowerCase() + " profiles=" + erased[1]);
    }

    /** Everything held about the customer, for data portability. */
    public Map<String, Object> export(long id) {
        CustomerProfile profile = find(id).orElseThrow(() -> new NotFoundException("Customer " + id));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        export.put("profile", profile);
        export.put("facts", facts(profile.id()));
        export.put("consentHistory", consent.history(profile.id()));
        export.put("tags", tags.of(profile.id()));
        export.put("attributeHistory", history.history(profile.id()));
        export.put("merges", merges.involving(profile.id()));
        for (CustomerDataHolder holder : holders) {
            export.put(holder.name(), holder.exportFor(profile.id()));
        }
        return export;
    }

    public long count() {
        return profiles.countLive();
    }
}
