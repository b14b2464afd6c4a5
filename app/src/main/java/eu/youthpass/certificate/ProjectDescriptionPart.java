package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateBlocks.Fact;
import eu.youthpass.certificate.CertificateBlocks.SignatureBlock;
import eu.youthpass.certificate.CertificateContent.Activity;
import eu.youthpass.certificate.CertificateContent.Partner;

import java.util.List;

import static eu.youthpass.certificate.CertificateBlocks.present;
import static eu.youthpass.certificate.ConfirmationPart.label;

/**
 * Part 3, the project: its facts and description, the activities with theirs, the partner organisations; signed by
 * the person responsible for the project.
 */
final class ProjectDescriptionPart {

    private ProjectDescriptionPart() {
    }

    static void write(PartContext part) {
        CertificateContent content = part.content();
        CertificateTexts texts = part.texts();
        CertificateBlocks blocks = part.blocks();
        ShownProject shown = part.shown();

        blocks.partTitle(CertificatePart.PROJECT_DESCRIPTION, part.logo());
        blocks.shownTitle(shown.title());
        blocks.facts(List.of(
                new Fact("field.format", label(texts, "ProjectFormat", content.project().format())),
                new Fact("field.activity_type", label(texts, "ActivityType", shown.activityType())),
                new Fact("field.dates", texts.dates(shown.startDate(), shown.endDate())),
                new Fact("field.venue", blocks.venue(shown.venue())),
                new Fact("field.organisation", content.organisation().name()),
                new Fact("field.programme", label(texts, "Programme", content.project().programme())),
                new Fact("field.project_number", content.project().number())));

        if (present(shown.description())) {
            blocks.heading("part3.description");
            blocks.text(shown.description());
        }
        if (!shown.listedActivities().isEmpty()) {
            blocks.heading("part3.activities");
            for (Activity activity : shown.listedActivities()) {
                blocks.subheading(activity.title());
                blocks.meta(label(texts, "ActivityType", activity.type()),
                        texts.dates(activity.startDate(), activity.endDate()), blocks.venue(activity.venue()));
                if (present(activity.description())) {
                    blocks.text(activity.description());
                }
            }
        }
        List<Partner> partners = content.partners().stream().filter(p -> present(p.name())).toList();
        if (!partners.isEmpty()) {
            blocks.heading("part3.partners");
            blocks.partners(partners);
        }
        blocks.signatures(List.of(new SignatureBlock("signature.responsible", content.responsible())));
    }
}
