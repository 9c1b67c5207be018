/**
 * Analyses run as stored jobs: {@link org.hamsafar.analytics.jobs.AnalyticsJobs} queues and runs them,
 * {@link org.hamsafar.analytics.jobs.Analysis} is what each analysis implements, and
 * {@link org.hamsafar.analytics.jobs.CustomerScores} keeps the latest per-customer output of each model.
 * Exposed so that the demo company can queue its analyses.
 */
@org.springframework.modulith.NamedInterface("jobs")
package org.hamsafar.analytics.jobs;
