package org.hamsafar.actions.sla;

import org.hamsafar.actions.CaseChanged;
import org.hamsafar.actions.CaseOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps SLA clocks with their cases. Runs inside the transaction that opens or changes the case,
 * so a case is never stored without its clock, nor a priority without its due times.
 */
@Component
class CaseSlaListener {
    private final SlaClocks clocks;

    CaseSlaListener(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @EventListener
    void opened(CaseOpened event) {
        clocks.start(event.opened());
    }

    @EventListener
    void changed(CaseChanged event) {
        clocks.follow(event.before(), event.after());
    }
}
