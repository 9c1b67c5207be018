/**
 * Customer journeys across channels: designed journey maps and personas, and how customers really
 * move from one interaction to the next (funnels, paths, channel switching, peak-end scores), with
 * the feedback, text analysis and cases met along the way.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "customers", "events", "feedback", "text", "actions"})
package org.hamsafar.journeys;
