package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateBlocks.Fact;
import eu.youthpass.certificate.CertificateBlocks.SignatureBlock;
import eu.youthpass.certificate.CertificateContent.Activity;
import eu.youthpass.certificate.CertificateContent.Holder;

import java.util.List;

import static eu.youthpass.certificate.CertificateBlocks.present;

/**
 * Part 1, the confirmation of participation: who took part in what, when and where, with whom as organiser; a short
 * text about the EU programme; signed by the organisation's legal representative.
 */
final class ConfirmationPart {

    private ConfirmationPart() {
    }

    static void write(PartContext part) {
        CertificateContent content = part.content();
        CertificateTexts texts = part.texts();
        CertificateBlocks blocks = part.blocks();
        ShownProject shown = part.shown();
        Holder holder = content.holder();

        blocks.partTitle(CertificatePart.CONFIRMATION, part.logo());
        blocks.intro(texts.get("part1.confirms"));
        blocks.holderName(holder.fullName());
        blocks.factsInRow(List.of(
                new Fact("field.birth_date", texts.date(holder.birthDate())),
                new Fact("field.birth_place", holder.birthPlace()),
                new Fact("field.residence", texts.country(holder.residenceCountry()))));

        blocks.intro(texts.get("part1.took_part"));
        blocks.shownTitle(shown.title());
        blocks.facts(List.of(
                new Fact("field.format", label(texts, "ProjectFormat", content.project().format())),
                new Fact("field.activity_type", label(texts, "ActivityType", shown.activityType())),
                new Fact("field.dates", texts.dates(shown.startDate(), shown.endDate())),
                new Fact("field.venue", blocks.venue(shown.venue())),
                new Fact("field.organisation", content.organisation().name()),
                new Fact("field.programme", label(texts, "Programme", content.project().programme())),
                new Fact("field.project_number", content.project().number())));

        if (shown.listedActivities().isEmpty()) {
            if (present(shown.description())) {
                blocks.heading("part1.description");
                blocks.text(shown.description());
            }
        } else {
            blocks.heading("part1.activities");
            for (Activity activity : shown.listedActivities()) {
                blocks.subheading(activity.title());
                blocks.meta(label(texts, "ActivityType", activity.type()),
                        texts.dates(activity.startDate(), activity.endDate()), blocks.venue(activity.venue()));
            }
        }
        if (present(content.learnerTasks())) {
            blocks.heading("part1.tasks");
            blocks.text(content.learnerTasks());
        }
        blocks.heading("part1.programme");
        String programme = content.project().programme();
        blocks.note(texts.find("programme." + programme + ".about").orElse(texts.get("programme.about")));

        blocks.signatures(List.of(
                new SignatureBlock("signature.legal_representative", content.legalRepresentative())));
    }

    /** An enum value's label, or nothing when there is no value. */
    static String label(CertificateTexts texts, String enumName, String code) {
        return present(code) ? texts.label(enumName, code.strip()) : null;
    }
}
