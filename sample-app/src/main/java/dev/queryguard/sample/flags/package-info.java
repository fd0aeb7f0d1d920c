/** Feature flags that choose, per feature and per request, the legacy or the fixed variant. */
package dev.queryguard.sample.flags;
