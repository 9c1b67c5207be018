/**
 * Journey paths and channel switching: the most common sequences of interactions from or to an
 * anchor event (nodes and links for a Sankey diagram, and the top complete sequences), and how often
 * customers pursue one intent on one channel and then on another within a window. The counting runs
 * in the database ({@link org.hamsafar.events.InteractionPaths}, {@link org.hamsafar.events.ChannelSwitches});
 * this package reads the questions, shapes the answers and serves the API and the dashboard page.
 */
package org.hamsafar.journeys.paths;
