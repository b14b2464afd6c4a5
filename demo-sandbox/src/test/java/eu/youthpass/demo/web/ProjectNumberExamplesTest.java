package eu.youthpass.demo.web;

import eu.youthpass.project.number.ActionCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectNumberExamplesTest {

    /** When the app learns a new action code with Youthpass, this fails until the demo offers an example for it. */
    @Test
    void oneValidExampleForEveryProjectFormatAndGenerationWithYouthpass() {
        List<ProjectNumberExamples.Example> examples = new ProjectNumberExamples().getExamples();
        Set<String> wanted = Arrays.stream(ActionCode.values()).filter(ActionCode::isYouthpassAvailable)
                .map(code -> code.format() + " " + code.generation()).collect(Collectors.toSet());
        List<String> offered = examples.stream().map(e -> e.format() + " " + e.generation()).toList();
        assertEquals(wanted, Set.copyOf(offered));
        assertEquals(offered.size(), Set.copyOf(offered).size(), "one example each: " + offered);
    }
}
