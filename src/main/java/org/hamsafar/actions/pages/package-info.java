/**
 * The dashboard pages of closing the loop: the agent inbox, the case page with the customer's 360
 * context, and the alert-rule list and editor. Every signed-in user reads them; admins, analysts
 * and agents work cases; admins and analysts edit rules ({@link org.hamsafar.actions.pages.PageRoles}).
 */
package org.hamsafar.actions.pages;
