/**
 * Peak-end scores of customer journeys (Kahneman, Fredrickson, Schreiber &amp; Redelmeier 1993; Redelmeier
 * &amp; Kahneman 1996): each customer's scored moments (survey scores, analysed texts) grouped into journeys,
 * the mean of each journey's most intense and its last moment, and how well that predicts the next NPS
 * answer and a repurchase compared with the plain average of the moments. All per-journey work runs in
 * the database ({@link org.hamsafar.journeys.peakend.JourneySql}).
 */
package org.hamsafar.journeys.peakend;
