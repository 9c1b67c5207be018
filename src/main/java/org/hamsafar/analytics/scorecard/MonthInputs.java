package org.hamsafar.analytics.scorecard;

import java.util.Map;
import java.util.Set;

/**
 * What the store says about one month, as the scorecard's formulas read it.
 *
 * @param daysInMonth           local days in the month
 * @param channelsInUse         channels with any event over the whole scorecard range (the channels the company serves on)
 * @param activeDays            per channel, days of the month with any event
 * @param contacts              support contacts in the month
 * @param contactEpisodes       contact episodes starting in the month
 * @param resolvedFirst         episodes without a further contact within the repeat window
 * @param selfServiceEvents     self-service events in the month
 * @param selfServiceTracked    whether any self-service event exists in the whole range
 * @param checkouts             sessions that checked out
 * @param convertedCheckouts    of them, sessions that purchased
 * @param medianSteps           median events up to the first purchase in purchasing sessions (null: none)
 * @param targetedCustomers     customers reached by a targeted message or next-best-action event
 * @param targetedTracked       whether any such event exists in the whole range
 * @param activeCustomers       customers with any event (channels other than "other")
 * @param multiChannelCustomers of them, customers on two or more channels
 * @param ces                   mean CES answer 1..7 (null: no answers)
 * @param cesAnswers            CES answers
 * @param mobileSessions        sessions on the mobile channel
 * @param mobilePurchases       of them, sessions that purchased
 * @param webSessions           sessions on the web channel
 * @param webPurchases          of them, sessions that purchased
 * @param buyingEpisodes        buying episodes starting with a cart event
 * @param switchedEpisodes      of them, episodes that went on on another channel
 * @param switchedCompleted     of those, episodes that ended in a purchase
 */
record MonthInputs(int daysInMonth, Set<String> channelsInUse, Map<String, Long> activeDays, long contacts, long contactEpisodes,
                   long resolvedFirst, long selfServiceEvents, boolean selfServiceTracked, long checkouts, long convertedCheckouts,
                   Double medianSteps, long targetedCustomers, boolean targetedTracked, long activeCustomers, long multiChannelCustomers,
                   Double ces, long cesAnswers, long mobileSessions, long mobilePurchases, long webSessions, long webPurchases,
                   long buyingEpisodes, long switchedEpisodes, long switchedCompleted) {
}
