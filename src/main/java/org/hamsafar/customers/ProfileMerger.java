package org.hamsafar.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Merges one profile into another and undoes such merges. Runs inside the caller's write transaction.
 *
 * <p>Attribute conflicts: for each attribute the newest non-empty value wins, "newest" being the
 * time the attribute last changed on each profile (its history), or the profile's last update when
 * it never changed. Tag lists (interests, values, lifestyle) are joined. Every change the merge
 * makes to the survivor is written to the attribute history with source {@code merge:<id>}, which
 * is what an undo reverts.
 *
 * <p>Customer tags move to the survivor (a tag both carry keeps the survivor's time and source);
 * the merge record lists the merged profile's tags, so that an undo gives them back: each goes
 * back if the survivor still carries it, and leaves the survivor if the survivor carries it only
 * because of the merge (a tag removed since the merge stays removed; one added again since stays).
 */
@Component
class ProfileMerger {
    private final CustomerRepository profiles;
    private final IdentityRepository identities;
    private final AttributeHistoryRepository history;
    private final ConsentRepository consent;
    private final MergeRepository merges;
    private final CustomerTagRepository tags;
    private final IdentityCache cache;
    private final List<CustomerDataHolder> holders;

    ProfileMerger(CustomerRepository profiles, IdentityRepository identities, AttributeHistoryRepository history,
                  ConsentRepository consent, MergeRepository merges, CustomerTagRepository tags, IdentityCache cache,
                  List<CustomerDataHolder> holders) {
        this.profiles = profiles;
        this.identities = identities;
        this.history = history;
        this.consent = consent;
        this.merges = merges;
        this.tags = tags;
        this.cache = cache;
        this.holders = holders;
    }

    long merge(long survivorId, long mergedId, String reason, String actor, Instant now) {
        if (survivorId == mergedId) {
            throw new ConflictException("same_profile", "A profile cannot be merged into itself.");
        }
        ProfileRow survivor = live(survivorId);
        ProfileRow merged = live(mergedId);
        AttributeValues before = AttributeValues.of(survivor);
        AttributeValues after = combine(survivor, merged);

        List<CustomerIdentity> moved = identities.of(mergedId);
        identities.move(moved, mergedId, survivorId);
        cache.ownersChanged(moved);
        List<Long> movedConsent = consent.moveAll(mergedId, survivorId);
        List<CustomerTagRepository.MovedTag> movedTags = tags.moveAll(mergedId, survivorId);
        for (CustomerDataHolder holder : holders) {
            holder.moveToSurvivor(mergedId, survivorId);
        }
        profiles.setMergedInto(mergedId, survivorId, now);
        long mergeId = merges.insert(survivorId, mergedId, now, actor, reason,
                new MergeRepository.Moved(moved, movedConsent, movedTags),
                new LinkedHashMap<>(before.asMap()), new LinkedHashMap<>(AttributeValues.of(merged).asMap()));
        List<AttributeHistoryRepository.Change> changes = new ArrayList<>();
        for (String name : after.differencesFrom(before)) {
            changes.add(new AttributeHistoryRepository.Change(survivorId, name, before.get(name), after.get(name), now,
                    "merge:" + mergeId));
        }
        history.insertAll(changes);
        profiles.updateProfile(survivorId, after.attributes(), after.custom(), now);
        return mergeId;
    }

    /** Reverses a merge: identities, consent and data go back, and attributes the merge changed are restored. */
    void undo(long mergeId, String actor, Instant now) {
        MergeRepository.StoredMerge stored = merges.find(mergeId).orElseThrow(() -> new NotFoundException("Merge " + mergeId));
        MergeRecord record = stored.record();
        if (record.undoneAt() != null) {
            throw new ConflictException("merge_undone", "This merge was already undone.");
        }
        ProfileRow survivor = profiles.find(record.survivorId()).orElseThrow(() -> new NotFoundException("Customer " + record.survivorId()));
        ProfileRow restored = profiles.find(record.mergedId()).orElseThrow(() -> new NotFoundException("Customer " + record.mergedId()));
        if (survivor.mergedInto() != null) {
            throw new ConflictException("survivor_merged", "Customer " + survivor.id() + " was itself merged into "
                    + survivor.mergedInto() + " since; undo that merge first.");
        }
        if (!Objects.equals(restored.mergedInto(), survivor.id())) {
            throw new ConflictException("merge_superseded", "Customer " + restored.id() + " is no longer merged into " + survivor.id() + ".");
        }
        identities.move(stored.moved().identities(), survivor.id(), restored.id());
        cache.ownersChanged(stored.moved().identities());
        consent.move(stored.moved().consentIds(), restored.id());
        giveTagsBack(stored.moved().tags(), survivor.id(), restored.id());
        Set<String> sources = new HashSet<>();
        stored.moved().identities().forEach(identity -> sources.add(identity.key()));
        sources.add("customer_id:" + restored.id());
        for (CustomerDataHolder holder : holders) {
            holder.takeBack(survivor.id(), restored.id(), sources);
        }
        AttributeValues current = AttributeValues.of(survivor);
        AttributeValues reverted = current;
        List<AttributeHistoryRepository.Change> changes = new ArrayList<>();
        for (AttributeHistoryRepository.Change change : history.bySource(survivor.id(), "merge:" + mergeId)) {
            // Only values the merge set and nobody changed since go back.
            if (Objects.equals(current.get(change.attribute()), change.newValue())) {
                reverted = reverted.with(change.attribute(), change.oldValue());
                changes.add(new AttributeHistoryRepository.Change(survivor.id(), change.attribute(), change.newValue(),
                        change.oldValue(), now, "undo:" + mergeId));
            }
        }
        history.insertAll(changes);
        profiles.updateProfile(survivor.id(), reverted.attributes(), reverted.custom(), now);
        profiles.setMergedInto(restored.id(), null, now);
        merges.markUndone(mergeId, now, actor);
    }

    private void giveTagsBack(List<CustomerTagRepository.MovedTag> moved, long survivorId, long restoredId) {
        for (CustomerTagRepository.MovedTag tag : moved) {
            Optional<CustomerTag> current = tags.find(survivorId, tag.tag());
            if (current.isEmpty()) {
                continue;
            }
            tags.restore(restoredId, new CustomerTag(tag.tag(), tag.addedAt(), tag.source()));
            // The very row the merge moved (same time and source) came only from the merged profile.
            if (!tag.shared() && current.get().addedAt().equals(tag.addedAt()) && current.get().source().equals(tag.source())) {
                tags.remove(survivorId, tag.tag());
            }
        }
    }

    private AttributeValues combine(ProfileRow survivor, ProfileRow merged) {
        AttributeValues survivorValues = AttributeValues.of(survivor);
        AttributeValues mergedValues = AttributeValues.of(merged);
        Map<String, Instant> survivorChanged = history.lastChanged(survivor.id());
        Map<String, Instant> mergedChanged = history.lastChanged(merged.id());
        Map<String, String> result = new LinkedHashMap<>(survivorValues.asMap());
        Set<String> names = new HashSet<>(survivorValues.names());
        names.addAll(mergedValues.names());
        for (String name : names) {
            String mine = survivorValues.get(name);
            String theirs = mergedValues.get(name);
            if (AttributeValues.TAGS.contains(name)) {
                String joined = AttributeValues.unionTags(mine, theirs);
                if (joined != null) {
                    result.put(name, joined);
                }
            } else if (theirs != null && (mine == null || mergedChanged.getOrDefault(name, merged.updatedAt())
                    .isAfter(survivorChanged.getOrDefault(name, survivor.updatedAt())))) {
                result.put(name, theirs);
            }
        }
        return AttributeValues.of(result);
    }

    private ProfileRow live(long id) {
        ProfileRow row = profiles.find(id).orElseThrow(() -> new NotFoundException("Customer " + id));
        if (row.mergedInto() != null) {
            throw new ConflictException("already_merged", "Customer " + id + " was already merged into " + row.mergedInto() + ".");
        }
        if (row.erasedAt() != null) {
            throw new ConflictException("erased", "Customer " + id + " was erased.");
        }
        return row;
    }
}
