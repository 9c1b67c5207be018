/**
 * CX goals: measurable objectives on a platform metric (NPS of a touchpoint, cases opened, revenue,
 * ...) from a baseline to a target by a due date, with an owner; their live value, progress and
 * status, and a history of measurements re-taken weekly: measure, act, re-measure.
 * {@link org.hamsafar.analytics.goals.CxGoals} is the entry point for the API, pages, the home page
 * and the demo company.
 */
@org.springframework.modulith.NamedInterface("goals")
package org.hamsafar.analytics.goals;
