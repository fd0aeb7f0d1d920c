package com.p6spy.engine.common;

import java.util.Map;

/**
 * Reads the bound values p6spy already keeps for a prepared statement. p6spy exposes them only to its own
 * package; reading them here costs a map iteration, while {@code getSqlWithValues()} would format every value
 * into a new string on each execution.
 */
public final class QueryGuardParameterAccess {

    private QueryGuardParameterAccess() {
    }

    public static Map<Integer, Value> parameterValues(PreparedStatementInformation statement) {
        return statement.getParameterValues();
    }
}
