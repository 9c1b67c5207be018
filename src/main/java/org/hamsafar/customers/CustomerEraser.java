package org.hamsafar.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Erases a customer's personal data, in the profile and in every module, including the profiles
 * that were merged into it (they hold the same person's data). Runs inside a write transaction.
 *
 * <p>ANONYMIZE keeps a de-identified profile for aggregates: gender, province, country, language,
 * occupation, education, income band, tags and the birth decade; names, city, exact birth year,
 * custom attributes, identities, consent, customer tags and history go. DELETE removes the profile too.
 */
@Component
class CustomerEraser {
    private final CustomerRepository profiles;
    private final IdentityRepository identities;
    private final AttributeHistoryRepository history;
    private final ConsentRepository consent;
    private final MergeRepository merges;
    private final CustomerTagRepository tags;
    private final IdentityCache cache;
    private final List<CustomerDataHolder> holders;

    CustomerEraser(CustomerRepository profiles, IdentityRepository identities, AttributeHistoryRepository history,
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

    /** Returns how many profiles were erased. */
    int erase(long customerId, ErasureMode mode, Instant now) {
        List<Long> all = new ArrayList<>();
        collect(customerId, all);
        for (long id : all) {
            for (CustomerDataHolder holder : holders) {
                holder.erase(id, mode);
            }
            List<CustomerIdentity> owned = identities.of(id);
            identities.deleteAll(id);
            cache.ownersChanged(owned);
            consent.deleteAll(id);
            tags.deleteAll(id);
            history.deleteAll(id);
            merges.deleteInvolving(id);
            if (mode == ErasureMode.DELETE) {
                profiles.delete(id);
            } else {
                profiles.find(id).ifPresent(row -> {
                    CustomerAttributes a = row.attributes();
                    Integer decade = a.birthYear() == null ? null : a.birthYear() / 10 * 10;
                    profiles.updateProfile(id, new CustomerAttributes(null, null, decade, a.gender(), null, a.province(),
                            a.country(), a.language(), a.occupation(), a.education(), a.incomeBand(), a.interests(),
                            a.valueTags(), a.lifestyleTags()), Map.of(), now);
                    profiles.markErased(id, now);
                });
            }
        }
        return all.size();
    }

    private void collect(long id, List<Long> into) {
        into.add(id);
        for (long merged : profiles.mergedInto(id)) {
            collect(merged, into);
        }
    }
}
