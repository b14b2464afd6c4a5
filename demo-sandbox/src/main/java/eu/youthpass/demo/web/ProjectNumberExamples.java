package eu.youthpass.demo.web;

import eu.youthpass.project.number.Generation;
import eu.youthpass.project.number.ParseResult;
import eu.youthpass.project.number.ProjectFormat;
import eu.youthpass.project.number.ProjectNumber;
import eu.youthpass.project.number.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Example project numbers for the "Enter new project" help of the demo (the include
 * {@code WEB-INF/includes/project-number-examples.xhtml}): one per project format and programme generation that has
 * Youthpass, so a newcomer can make every kind of certificate. Made-up serials, real structures.
 */
@Named("demoProjectNumbers")
@ApplicationScoped
public class ProjectNumberExamples {

    public record Example(String number, Programme programme, Generation generation, ProjectFormat format) {
    }

    static final List<String> NUMBERS = List.of(
            "2025-1-LV02-KA151-YOU-000111111",
            "2025-1-LV02-KA152-YOU-000222222",
            "2025-1-LV02-KA153-YOU-000333333",
            "2025-1-LV02-KA154-YOU-000444444",
            "2025-1-LV02-KA155-YOU-000555555",
            "2025-1-LV02-ESC30-SOL-000666666",
            "2025-1-LV02-ESC51-VTJ-000777777",
            "2019-2-LV02-KA105-001234",
            "2019-1-LV02-KA347-002345",
            "2019-2-LV02-ESC11-003456",
            "2020-1-LV02-ESC12-004567");

    private final List<Example> examples = NUMBERS.stream().map(ProjectNumberExamples::example).toList();

    public List<Example> getExamples() {
        return examples;
    }

    static Example example(String text) {
        if (!(ProjectNumber.parse(text) instanceof ParseResult.Valid valid)) {
            throw new IllegalStateException("Not a valid example project number: " + text);
        }
        ProjectNumber number = valid.number();
        return new Example(number.value(), number.programme(), number.generation(), number.format());
    }
}
