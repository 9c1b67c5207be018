/**
 * Closing the loop: cases that a person owns until the customer's problem is solved, with their
 * states, history and notes. Alert rules, SLAs, notifications and webhooks build on them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "customers", "events", "feedback", "text"})
package org.hamsafar.actions;
