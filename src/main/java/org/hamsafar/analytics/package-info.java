/**
 * Customer analytics and prediction: lifetime value, churn, RFM, clusters into personas, cohorts,
 * basket rules, experiments, key drivers, forecasts, the digital CX scorecard and CX goals. Heavy
 * analyses run as jobs ({@link org.hamsafar.analytics.jobs.AnalyticsJobs}) whose results are stored
 * with the model version and the data window; pages and the API read the stored results.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "customers", "events", "feedback", "text",
        "actions", "journeys :: personas"})
package org.hamsafar.analytics;
