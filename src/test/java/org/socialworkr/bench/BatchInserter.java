package org.socialworkr.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into one table with multi-row {@code INSERT ... VALUES (...), (...)} statements
 * sent in JDBC batches: one round trip carries thousands of rows, on H2 and PostgreSQL alike.
 * A table whose rows refer to another's (post_hashtags to posts) names that inserter as its
 * parent, so the parent's pending rows always reach the database first.
 */
final class BatchInserter implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = Integer.getInteger("bench.rowsPerStatement", 200);
    private static final int STATEMENTS_PER_BATCH = 10;

    private final String table;
    private final int columns;
    private final BatchInserter parent;
    private final PreparedStatement multiRow;
    private final PreparedStatement singleRow;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private int batchedStatements;
    private long rows;

    BatchInserter(Connection connection, String table, List<String> columnNames, BatchInserter parent)
            throws SQLException {
        this.table = table;
        this.columns = columnNames.size();
        this.parent = parent;
        String head = "insert into " + table + " (" + String.join(", ", columnNames) + ") values ";
        String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        this.multiRow =
                connection.prepareStatement(head + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, tuple)));
        this.singleRow = connection.prepareStatement(head + tuple);
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " takes " + columns + " values, not " + values.length);
        }
        pending.add(values);
        rows++;
        if (pending.size() == ROWS_PER_STATEMENT) {
            int index = 1;
            for (Object[] row : pending) {
                for (Object value : row) {
                    multiRow.setObject(index++, value);
                }
            }
            multiRow.addBatch();
            pending.clear();
            if (++batchedStatements == STATEMENTS_PER_BATCH) {
                executeBatch();
            }
        }
    }

    /** Sends every row added so far. */
    void flush() throws SQLException {
        executeBatch();
        if (!pending.isEmpty()) {
            if (parent != null) {
                parent.flush();
            }
            for (Object[] row : pending) {
                for (int i = 0; i < row.length; i++) {
                    singleRow.setObject(i + 1, row[i]);
                }
                singleRow.addBatch();
            }
            singleRow.executeBatch();
            pending.clear();
        }
    }

    private void executeBatch() throws SQLException {
        if (batchedStatements > 0) {
            if (parent != null) {
                parent.flush();
            }
            multiRow.executeBatch();
            batchedStatements = 0;
        }
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            multiRow.close();
            singleRow.close();
        }
    }
}
