/**
 * The dashboard shell: layout, navigation, language (fa/en with right-to-left layout), Jalali dates
 * and Persian digits, sign-in page and home page.
 */
package org.hamsafar.web;
