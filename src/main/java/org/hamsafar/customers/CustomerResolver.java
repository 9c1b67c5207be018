package org.hamsafar.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the profile of each claim in a batch, creating profiles for new customers and merging
 * profiles that turn out to be the same person. Runs inside the caller's write transaction.
 *
 * <p>The rules, applied claim by claim in order:
 * <ul>
 * <li>Known identities (profile id, external id, email, phone) that point at different profiles
 *     mean those profiles are one person: they merge, and the oldest profile survives.</li>
 * <li>An anonymous id (a device or cookie) joins its anonymous-only profile to the known profile it
 *     now appears with ("stitching"). It never overrides known identities: an anonymous id that
 *     already belongs to a known profile does not merge that profile with another.</li>
 * <li>Identities not yet stored are attached to the claim's profile; a claim without any stored
 *     identity gets a new profile (shared by later claims of the same batch with those identities).</li>
 * </ul>
 */
@Component
class CustomerResolver {
    /** Profiles created in this batch are younger than every stored one. */
    private static final long NEW_PROFILE_AGE = Long.MAX_VALUE / 2;
    private final CustomerRepository profiles;
    private final IdentityRepository identities;
    private final IdentityCache cache;
    private final ProfileMerger merger;

    CustomerResolver(CustomerRepository profiles, IdentityRepository identities, IdentityCache cache, ProfileMerger merger) {
        this.profiles = profiles;
        this.identities = identities;
        this.cache = cache;
        this.merger = merger;
    }

    /**
     * The profile per claim, and what changed. Where a claim could not be resolved its id is null and
     * {@code problems} says why (same index).
     */
    record Resolution(List<Long> customerIds, List<String> problems, Set<Long> created, int merges) {
    }

    static final String UNKNOWN_ID = "no customer has this id";
    static final String UNTRUSTED_ID = "naming a profile by id needs a key with the read or admin scope";
    static final String UNTRUSTED_LINK = "these identities belong to different customers; joining them needs a key with the read or admin scope";

    Resolution resolve(List<IdentityClaim> claims, Instant now, String actor) {
        Set<CustomerIdentity> all = new HashSet<>();
        Set<Long> claimedIds = new HashSet<>();
        for (IdentityClaim claim : claims) {
            all.addAll(claim.identities());
            if (claim.customerId() != null) {
                claimedIds.add(claim.customerId());
            }
        }
        Map<CustomerIdentity, Long> owners = lookUp(all);
        Map<Long, Long> live = profiles.liveIds(claimedIds);
        // An erased profile keeps no identities and takes no new data: its id names nobody.
        live.values().removeAll(profiles.erasedAmong(live.values()));
        Set<Long> anonymousOwners = new HashSet<>();
        owners.forEach((identity, owner) -> {
            if (identity.anonymous()) {
                anonymousOwners.add(owner);
            }
        });
        Set<Long> knownProfiles = new HashSet<>(identities.withKnownIdentity(anonymousOwners));

        UnionFind groups = new UnionFind();
        Map<Long, String> mergeReasons = new HashMap<>();
        Map<CustomerIdentity, Long> attached = new LinkedHashMap<>();
        List<Long> targets = new ArrayList<>(claims.size());
        List<String> problems = new ArrayList<>(claims.size());
        long nextNew = -1;
        for (IdentityClaim claim : claims) {
            if (claim.customerId() != null && (!claim.trusted() || !live.containsKey(claim.customerId()))) {
                targets.add(null);
                problems.add(claim.trusted() ? UNKNOWN_ID : UNTRUSTED_ID);
                continue;
            }
            Set<Long> known = new HashSet<>();
            if (claim.customerId() != null) {
                known.add(groups.find(live.get(claim.customerId())));
            }
            Long anonymousOwner = null;
            for (CustomerIdentity identity : claim.identities()) {
                Long owner = owners.get(identity);
                if (owner != null) {
                    if (identity.anonymous()) {
                        anonymousOwner = groups.find(owner);
                    } else {
                        known.add(groups.find(owner));
                    }
                }
            }
            boolean anonymousIsKnown = anonymousOwner != null && knownProfiles.contains(anonymousOwner);
            boolean namesSomeone = claim.customerId() != null || claim.identities().stream().anyMatch(i -> !i.anonymous());
            Set<Long> same = new HashSet<>(known);
            // A device of a known customer joins only claims that name nobody else.
            if (anonymousOwner != null && (!namesSomeone || !anonymousIsKnown)) {
                same.add(anonymousOwner);
            }
            if (!claim.trusted() && known.size() > 1) {
                targets.add(null);
                problems.add(UNTRUSTED_LINK);
                continue;
            }
            long target;
            if (same.isEmpty()) {
                target = nextNew--;
            } else {
                target = Collections.min(same, (a, b) -> Long.compare(age(a), age(b)));
                for (Long other : same) {
                    if (other != target) {
                        groups.union(target, other);
                        if (other > 0) {
                            boolean stitch = anonymousOwner != null && !anonymousIsKnown
                                    && (other.equals(anonymousOwner) || target == anonymousOwner);
                            mergeReasons.put(other, stitch ? "anonymous_stitch" : "identity_match");
                        }
                    }
                }
            }
            for (CustomerIdentity identity : claim.identities()) {
                if (!owners.containsKey(identity)) {
                    owners.put(identity, target);
                    attached.put(identity, target);
                }
                if (!identity.anonymous()) {
                    knownProfiles.add(target);
                }
            }
            targets.add(target);
            problems.add(null);
        }
        return apply(claims.size(), targets, problems, groups, mergeReasons, attached, now, actor);
    }

    private Resolution apply(int size, List<Long> targets, List<String> problems, UnionFind groups, Map<Long, String> mergeReasons,
                             Map<CustomerIdentity, Long> attached, Instant now, String actor) {
        Set<Long> newRoots = new java.util.TreeSet<>(Collections.reverseOrder());
        for (Long target : targets) {
            if (target != null && groups.find(target) < 0) {
                newRoots.add(groups.find(target));
            }
        }
        Map<Long, Long> realIds = new HashMap<>();
        if (!newRoots.isEmpty()) {
            List<Long> ids = profiles.nextIds(newRoots.size());
            List<Long> roots = new ArrayList<>(newRoots);
            for (int i = 0; i < roots.size(); i++) {
                realIds.put(roots.get(i), ids.get(i));
            }
            List<CustomerAttributes> empty = Collections.nCopies(ids.size(), CustomerAttributes.EMPTY);
            profiles.insertAll(ids, empty, Collections.nCopies(ids.size(), now), now);
        }
        int merges = 0;
        List<Long> mergedIds = new ArrayList<>(mergeReasons.keySet());
        Collections.sort(mergedIds);
        for (Long merged : mergedIds) {
            merger.merge(groups.find(merged), merged, mergeReasons.get(merged), actor, now);
            merges++;
        }
        Map<CustomerIdentity, Long> newOwners = new LinkedHashMap<>();
        attached.forEach((identity, target) -> newOwners.put(identity, finalId(groups, realIds, target)));
        if (!newOwners.isEmpty()) {
            identities.insertAll(newOwners, now);
            rememberAfterCommit(newOwners);
        }
        List<Long> result = new ArrayList<>(size);
        for (Long target : targets) {
            result.add(target == null ? null : finalId(groups, realIds, target));
        }
        return new Resolution(result, problems, new HashSet<>(realIds.values()), merges);
    }

    private Map<CustomerIdentity, Long> lookUp(Set<CustomerIdentity> all) {
        cache.checkVersion();
        Map<CustomerIdentity, Long> owners = new HashMap<>(cache.known(all));
        Set<CustomerIdentity> missing = new HashSet<>();
        for (CustomerIdentity identity : all) {
            if (!owners.containsKey(identity) && cache.mayBeStored(identity, identities::forEachIdentity)) {
                missing.add(identity);
            }
        }
        if (!missing.isEmpty()) {
            Map<CustomerIdentity, Long> stored = identities.ownersOf(missing);
            owners.putAll(stored);
            cache.remember(stored);
        }
        return owners;
    }

    private void rememberAfterCommit(Map<CustomerIdentity, Long> newOwners) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            long seen = cache.validFor();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.rememberCommitted(newOwners, seen);
                }
            });
        }
    }

    private static long finalId(UnionFind groups, Map<Long, Long> realIds, long target) {
        long root = groups.find(target);
        return root > 0 ? root : realIds.get(root);
    }

    private static long age(long id) {
        return id > 0 ? id : NEW_PROFILE_AGE - id;
    }

    /** Groups of profiles that are one person; the root of a group is its oldest profile. */
    private static final class UnionFind {
        private final Map<Long, Long> parent = new HashMap<>();

        long find(long id) {
            long root = id;
            while (parent.containsKey(root)) {
                root = parent.get(root);
            }
            if (root != id) {
                parent.put(id, root);
            }
            return root;
        }

        void union(long survivor, long merged) {
            long a = find(survivor);
            long b = find(merged);
            if (a == b) {
                return;
            }
            if (age(a) <= age(b)) {
                parent.put(b, a);
            } else {
                parent.put(a, b);
            }
        }
    }
}
