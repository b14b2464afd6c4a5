package eu.youthpass.demo.wipe;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantTablesTest {

    @Test
    void rowsThatReferToOthersAreDeletedFirst() {
        Map<String, Set<String>> refersTo = Map.of(
                "activity", Set.of("project"),
                "person", Set.of("project"),
                "learning_record", Set.of("person"),
                "competence_answer", Set.of("learning_record"),
                "membership_project", Set.of("membership", "project"));
        List<String> order = TenantTables.childrenFirst(new TreeSet<>(Set.of("project", "activity", "person",
                "learning_record", "competence_answer", "membership", "membership_project")), refersTo);
        refersTo.forEach((child, parents) -> parents.forEach(parent ->
                assertTrue(order.indexOf(child) < order.indexOf(parent), child + " before " + parent + " in " + order)));
    }

    @Test
    void aCircleIsNamed() {
        assertThrows(IllegalStateException.class, () -> TenantTables.childrenFirst(new TreeSet<>(Set.of("a", "b")),
                Map.of("a", Set.of("b"), "b", Set.of("a"))));
    }
}
