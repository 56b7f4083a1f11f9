package org.bravo.platform.sql;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bravo.platform.time.SqlValues;

/**
 * One row of a native query, read by column name. Reading {@code Object[]} by position broke silently whenever a
 * column was added in the middle of a select list; by name, a column that is missing or named twice (two {@code name}
 * columns from different tables: alias them) is an error at once, and so is a SQL null where a value is required.
 */
public final class SqlRow {
    private final Map<String, Object> values;

    private SqlRow(Map<String, Object> values) {
        this.values = values;
    }

    /** A row from column names to values, in select order; for rows built by hand and for tests. */
    public static SqlRow of(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((column, value) -> put(copy, column, value));
        return new SqlRow(copy);
    }

    /** The row of a native query created with {@code Tuple.class}. */
    public static SqlRow of(Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (TupleElement<?> element : tuple.getElements()) {
            put(row, element.getAlias(), tuple.get(element));
        }
        return new SqlRow(row);
    }

    /** The result set's remaining rows, by column label. */
    public static List<SqlRow> list(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        List<SqlRow> rows = new ArrayList<>();
        while (result.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < labels.length; i++) {
                put(row, labels[i], result.getObject(i + 1));
            }
            rows.add(new SqlRow(row));
        }
        return rows;
    }

    /** Every row of a native query created with {@code Tuple.class}. */
    public static List<SqlRow> list(Query tupleQuery) {
        return tupleQuery.getResultList().stream().map(row -> of((Tuple) row)).toList();
    }

    private static void put(Map<String, Object> row, String column, Object value) {
        if (row.containsKey(column)) {
            throw new IllegalStateException("Column '" + column + "' appears twice in the select list; alias one.");
        }
        row.put(column, value);
    }

    /** The raw value, {@code null} for SQL null. */
    public Object value(String column) {
        if (!values.containsKey(column)) {
            throw new IllegalArgumentException("No column '" + column + "' in this row; it has " + values.keySet());
        }
        return values.get(column);
    }

    public String string(String column) {
        return as(column, String.class);
    }

    public UUID uuid(String column) {
        return as(column, UUID.class);
    }

    public Instant instant(String column) {
        return SqlValues.instant(value(column));
    }

    public LocalDate localDate(String column) {
        return SqlValues.localDate(value(column));
    }

    /** The number, {@code null} for SQL null. */
    public Long nullableLong(String column) {
        Number number = as(column, Number.class);
        return number == null ? null : number.longValue();
    }

    /** The number, {@code null} for SQL null. */
    public Integer nullableInt(String column) {
        Number number = as(column, Number.class);
        return number == null ? null : Math.toIntExact(number.longValue());
    }

    public long longValue(String column) {
        return required(column, as(column, Number.class)).longValue();
    }

    public int intValue(String column) {
        return Math.toIntExact(longValue(column));
    }

    public boolean bool(String column) {
        return required(column, as(column, Boolean.class));
    }

    private <T> T as(String column, Class<T> type) {
        Object value = value(column);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("Column '" + column + "' holds a "
                    + value.getClass().getName() + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static <T> T required(String column, T value) {
        if (value == null) {
            throw new IllegalStateException("Column '" + column + "' is null where a value is required");
        }
        return value;
    }
}
