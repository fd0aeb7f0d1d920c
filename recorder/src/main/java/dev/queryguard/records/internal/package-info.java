/**
 * How query records are grouped and compared, and the messages of a record that does not match. Not API: types
 * here may change in any release.
 */
package dev.queryguard.records.internal;
