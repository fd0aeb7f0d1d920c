package dev.queryguard.capture.internal;

import com.p6spy.engine.common.PreparedStatementInformation;
import com.p6spy.engine.common.QueryGuardParameterAccess;
import com.p6spy.engine.common.Value;

import java.io.InputStream;
import java.io.Reader;
import java.sql.Blob;
import java.sql.Clob;
import java.util.Map;

/** Copies the values bound to a prepared statement, replacing large ones by a short description. */
final class BoundValues {

    static final int MAX_STRING_LENGTH = 1_000;
    private static final Object[] NONE = new Object[0];

    private BoundValues() {
    }

    static Object[] of(PreparedStatementInformation statement) {
        Map<Integer, Value> values = QueryGuardParameterAccess.parameterValues(statement);
        if (values.isEmpty()) {
            return NONE;
        }
        int size = 0;
        for (Integer position : values.keySet()) {
            size = Math.max(size, position + 1);
        }
        Object[] copy = new Object[size];
        for (Map.Entry<Integer, Value> value : values.entrySet()) {
            copy[value.getKey()] = kept(value.getValue().getValue());
        }
        return copy;
    }

    /** Keeps small immutable values as they are; a recording must not pin blobs and streams in memory. */
    private static Object kept(Object value) {
        if (value instanceof String text && text.length() > MAX_STRING_LENGTH) {
            return text.substring(0, MAX_STRING_LENGTH) + "...(" + text.length() + " characters)";
        }
        if (value instanceof byte[] bytes) {
            return "<byte[" + bytes.length + "]>";
        }
        if (value instanceof InputStream || value instanceof Reader || value instanceof Blob
                || value instanceof Clob) {
            return "<" + value.getClass().getSimpleName() + ">";
        }
        return value;
    }
}
