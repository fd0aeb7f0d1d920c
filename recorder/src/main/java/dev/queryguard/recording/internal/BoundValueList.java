package dev.queryguard.recording.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable view of a statement's bound values that, unlike {@code List.of}, allows SQL NULLs, in one
 * object instead of the two of {@code unmodifiableList(Arrays.asList(..))}: every recorded statement holds one.
 */
final class BoundValueList extends AbstractList<Object> implements RandomAccess {

    private final Object[] values;

    BoundValueList(Object[] values) {
        this.values = values;
    }

    @Override
    public Object get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
