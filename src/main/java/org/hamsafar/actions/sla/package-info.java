/**
 * Service levels of cases: a business calendar (working week, holidays, time zone), targets per
 * priority for the first response and the resolution, each case's clock with its due times, and a
 * check that records breaches and escalates them. {@link org.hamsafar.actions.sla.CaseSlas} is the
 * entry point for other code.
 */
@org.springframework.modulith.NamedInterface("sla")
package org.hamsafar.actions.sla;
