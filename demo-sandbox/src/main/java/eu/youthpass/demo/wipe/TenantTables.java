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
 * later platform migration adds (certificates, say) is wiped too without the demo knowing about it. Tables without
 * the column that hang on such a table (a person's activities) come along as {@link Link}s. The demo's own tables
 * ({@code demo_*}) are left to the wipe itself.
 */
public final class TenantTables {

    private static final String COLUMN = "organisation_id";

    /** A table without organisation_id whose rows belong to a tenant row, e.g. person_activity to person. */
    public record Link(String table, String column, String parent, String parentColumn) {
        /** Deletes the organisation's rows of this table; its one parameter is the organisation. */
        public String deleteStatement() {
            return "delete from " + table + " where " + column + " in (select " + parentColumn + " from " + parent
                    + " where organisation_id = ?)";
        }
    }

    private final List<String> deleteOrder;
    private final List<Link> links;

    private TenantTables(List<String> deleteOrder, List<Link> links) {
        this.deleteOrder = List.copyOf(deleteOrder);
        this.links = List.copyOf(links);
    }

    public static TenantTables read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> tables = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        try (ResultSet columns = meta.getColumns(null, schema, "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("demo_") || table.contains("schema_history")) {
                    continue;
                }
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(COLUMN)) {
                    tables.add(table);
                } else {
                    others.add(table);
                }
            }
        }
        others.removeAll(tables);
        List<Link> links = new ArrayList<>();
        for (String table : others) {
            for (String name : new String[]{table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (tables.contains(parent) && links.stream().noneMatch(l -> l.table().equals(table))) {
                            links.add(new Link(table, keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), parent,
                                    keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
                        }
                    }
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
        return new TenantTables(childrenFirst(tables, refersTo), links);
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

    /**
     * Tables without an organisation_id whose rows hang on a tenant row (deleted first, so that the wipe counts them
     * rather than leaving them to ON DELETE CASCADE).
     */
    public List<Link> links() {
        return links;
    }

    /** Lower-case table names, each before any table it refers to. */
    public List<String> deleteOrder() {
        return deleteOrder;
    }
}
