/**
 * Query records: what each test ran, by fingerprint, in a text file per test class that is committed beside the
 * tests and reviewed like code (django-perf-rec's idea). {@link dev.queryguard.records.QueryRecord} is one test's
 * record, {@link dev.queryguard.records.RecordFile} a class's file, {@link dev.queryguard.records.RecordFormat}
 * reads and writes it, and {@link dev.queryguard.records.QueryRecordCheck} compares a recording with its record.
 * Faces (the JUnit extension, reports, the CLI) decide where the files live and when they are written.
 */
package dev.queryguard.records;
