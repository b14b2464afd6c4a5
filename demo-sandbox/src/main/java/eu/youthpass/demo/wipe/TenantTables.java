package eu.youthpass.demo.wipe;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every table that holds an organisation's data (it has an {@code organisation_id} column), read from the database's
 * own catalogue and ordered so that rows referring to others are deleted first. Read rather than listed, so a table a
 * later platform migration adds (certificates, say) is wiped too without the demo knowing about it. The demo's own
 * tables ({@code demo_*}) are left to the wipe itself.
 */
public final class TenantTables {

    private static final String COLUMN = "organisation_id";

    private final List<String> deleteOrder;

    private TenantTables(List<String> deleteOrder) {
        this.deleteOrder = List.copyOf(deleteOrder);
    }

    public static TenantTables read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> tables = new TreeSet<>();
        try (ResultSet columns = meta.getColumns(null, schema, "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(COLUMN) && !table.startsWith("demo_")
                        && !table.contains("schema_history")) {
                    tables.add(table);
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String table : tables) {
            Set<String> parents = new HashSet<>();
            for (String name : new String[]{table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (tables.contains(parent) && !parent.equals(table)) {
                            parents.add(parent);
                        }
                    }
                }
            }
            refersTo.put(table, parents);
        }
        return new TenantTables(childrenFirst(tables, refersTo));
    }

    /** Repeatedly takes the tables no remaining table refers to. */
    static List<String> childrenFirst(Set<String> tables, Map<String, Set<String>> refersTo) {
        List<String> order = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            List<String> free = left.stream()
                    .filter(t -> left.stream().noneMatch(other -> refersTo.getOrDefault(other, Set.of()).contains(t)))
                    .toList();
            if (free.isEmpty()) {
                throw new IllegalStateException("Tables refer to each other in a circle: " + left);
            }
            order.addAll(free);
            free.forEach(left::remove);
        }
        return order;
    }

    /** Lower-case table names, each before any table it refers to. */
    public List<String> deleteOrder() {
        return deleteOrder;
    }
}
