package eu.youthpass.demo.seed;

import eu.youthpass.platform.persistence.DatabaseKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids for rows written with plain SQL, taken the way EclipseLink takes them: each value of a {@code <table>_seq}
 * (increment 50) is the last id of a block of 50. Rows seeded here and rows the platform adds through JPA therefore
 * never get the same id, and seeding thousands of rows costs one sequence call per fifty.
 */
public final class IdBlocks {

    private static final int BLOCK = 50;

    private final Connection connection;
    private final DatabaseKind kind;
    private final Map<String, long[]> blocks = new HashMap<>();

    public IdBlocks(Connection connection, DatabaseKind kind) {
        this.connection = connection;
        this.kind = kind;
    }

    public long next(String sequence) throws SQLException {
        long[] block = blocks.get(sequence);
        if (block == null || block[0] > block[1]) {
            long last = nextValue(sequence);
            block = new long[]{last - BLOCK + 1, last};
            blocks.put(sequence, block);
        }
        return block[0]++;
    }

    private long nextValue(String sequence) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException(sequence);
        }
        String sql = kind == DatabaseKind.POSTGRESQL ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
