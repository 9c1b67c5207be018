package org.hamsafar.shared.web;

import java.time.LocalDate;

/**
 * Numbers and days as the current reader reads them (Persian digits and the Jalali calendar in fa).
 * Declared here so that modules can format figures without depending on the dashboard shell, which
 * implements it.
 */
public interface ReaderFormats {
    String number(Number value);

    /** A calendar day of the display time zone. */
    String day(LocalDate day);
}
