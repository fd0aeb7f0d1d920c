package dev.queryguard;

import javax.sql.DataSource;
import java.sql.SQLException;

/** A fresh schema holding {@code items(id, name)} with three rows, and a recording DataSource over it. */
public final class ItemsFixture implements AutoCloseable {

    public final TestDatabase database;
    public final String schema;
    public final String items;
    public final DataSource recorded;

    private ItemsFixture(TestDatabase database) throws SQLException {
        this.database = database;
        this.schema = database.freshSchema();
        this.items = schema + ".items";
        database.execute(
                "create table " + items + " (id int primary key, name varchar(50))",
                "insert into " + items + " values (1, 'one'), (2, 'two'), (3, 'three')");
        this.recorded = QueryGuard.wrap(database.rawDataSource());
    }

    public static ItemsFixture on(TestDatabase database) throws SQLException {
        return new ItemsFixture(database);
    }

    @Override
    public void close() throws SQLException {
        database.dropSchema(schema);
    }
}
