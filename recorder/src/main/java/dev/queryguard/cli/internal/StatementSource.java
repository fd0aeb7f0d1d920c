package dev.queryguard.cli.internal;

import java.io.IOException;

/** Yields the statements of one input, in order, reading it as it goes. Not thread-safe. */
public interface StatementSource {

    /** Returns the next statement, or {@code null} at the end of the input. */
    SourceStatement next() throws IOException;
}
