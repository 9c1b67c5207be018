package org.hamsafar.journeys.paths;

import org.hamsafar.events.ChannelSwitches.SwitchQuery;

/** A validated channel-switching question, with its window as the request wrote it (echoed in the answer). */
record SwitchRequest(SwitchQuery query, String windowText) {
}
