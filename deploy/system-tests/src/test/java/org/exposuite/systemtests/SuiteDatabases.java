package org.exposuite.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Read-only looks into the suite's own databases (expo_<service> + suffix), for what an API does not show. */
final class SuiteDatabases {

    private SuiteDatabases() {
    }

    static Connection open(Suite.Service service) throws SQLException {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/expo_"
                + service.name().toLowerCase(java.util.Locale.ROOT) + Suite.DATABASE_SUFFIX;
        Connection connection = DriverManager.getConnection(url, env("PGUSER", "expo"), env("PGPASSWORD", "expo"));
        connection.setReadOnly(true);
        return connection;
    }

    /** Every row of every table of the service (but Flyway's history), each as PostgreSQL's text of the whole row. */
    static void eachRow(Suite.Service service, RowConsumer consumer) throws SQLException {
        try (Connection connection = open(service); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select t::text from public.\"" + table + "\" t")) {
                    while (rows.next()) {
                        consumer.accept(table, rows.getString(1));
                    }
                }
            }
        }
    }

    /** The non-empty values of one column (e.g. the names people registered with). */
    static void eachValue(Suite.Service service, String table, String column, Consumer<String> consumer) throws SQLException {
        try (Connection connection = open(service); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select distinct \"" + column + "\" from public.\"" + table + "\" where \""
                     + column + "\" is not null")) {
            while (rows.next()) {
                consumer.accept(rows.getString(1));
            }
        }
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(String table, String row);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
