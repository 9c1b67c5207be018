/**
 * Closed-loop measures: how well cases close the loop with customers over a period, overall and
 * per team (closed-loop rate, median times to first response and resolution, SLA breach rate,
 * detractor recovery), with the bases of every figure. Served to the API and, as an htmx
 * fragment, to the CX overview page.
 */
package org.hamsafar.actions.measures;
