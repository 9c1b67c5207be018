/**
 * Customer journeys across channels: how customers move from one interaction to the next. Funnels
 * count how many customers reach each of a sequence of steps, and how long each step takes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "customers", "events"})
package org.hamsafar.journeys;
