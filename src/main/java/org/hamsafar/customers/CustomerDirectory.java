package org.hamsafar.customers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers module's entry point: register customers, look them up by id or identity. */
@Service
public class CustomerDirectory {
    private final CustomerRepository repository;
    private final Clock clock;

    CustomerDirectory(CustomerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Registers new customers in one transaction and returns their ids in the same order. The
     * identities must not belong to anyone yet (bulk registration of a fresh population, such as an
     * initial import or the demo company).
     */
    @Transactional
    public List<Long> registerAll(List<NewCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = repository.nextIds(customers.size());
        repository.insertAll(ids, customers, clock.instant());
        return ids;
    }

    public Optional<CustomerProfile> find(long id) {
        return repository.find(id);
    }

    public Optional<Long> idOf(CustomerIdentity identity) {
        return repository.customerIdOf(identity);
    }

    public long count() {
        return repository.count();
    }
}
