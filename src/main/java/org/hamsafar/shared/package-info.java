/**
 * Small value types and cross-cutting plumbing used by every module: problem details (RFC 9457),
 * store dialect and UTC time conversion. Open so that every module may use all of it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hamsafar.shared;
