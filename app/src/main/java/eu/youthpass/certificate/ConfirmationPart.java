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

        part.add(blocks.partTitle(CertificatePart.CONFIRMATION, part.logo()));
        part.add(blocks.intro(texts.get("part1.confirms")));
        part.add(blocks.holderName(holder.fullName()));
        part.add(blocks.factsInRow(List.of(
                new Fact("field.birth_date", texts.date(holder.birthDate())),
                new Fact("field.birth_place", holder.birthPlace()),
                new Fact("field.residence", texts.country(holder.residenceCountry())))));

        part.add(blocks.intro(texts.get("part1.took_part")));
        if (present(shown.title())) {
            part.add(blocks.shownTitle(shown.title().strip()));
        }
        part.add(blocks.facts(List.of(
                new Fact("field.format", label(texts, "ProjectFormat", content.project().format())),
                new Fact("field.activity_type", label(texts, "ActivityType", shown.activityType())),
                new Fact("field.dates", texts.dates(shown.startDate(), shown.endDate())),
                new Fact("field.venue", blocks.venue(shown.venue())),
                new Fact("field.organisation", content.organisation().name()),
                new Fact("field.programme", label(texts, "Programme", content.project().programme())),
                new Fact("field.project_number", content.project().number())), true));

        if (shown.listedActivities().isEmpty()) {
            if (present(shown.description())) {
                part.add(blocks.heading("part1.description"));
                part.add(blocks.text(shown.description()));
            }
        } else {
            part.add(blocks.heading("part1.activities"));
            for (Activity activity : shown.listedActivities()) {
                part.add(blocks.subheading(activity.title()));
                part.add(blocks.meta(label(texts, "ActivityType", activity.type()),
                        texts.dates(activity.startDate(), activity.endDate()), blocks.venue(activity.venue())));
            }
        }
        if (present(content.learnerTasks())) {
            part.add(blocks.heading("part1.tasks"));
            part.add(blocks.text(content.learnerTasks()));
        }
        part.add(blocks.heading("part1.programme"));
        String programme = content.project().programme();
        part.add(blocks.note(texts.find("programme." + programme + ".about").orElse(texts.get("programme.about"))));

        part.add(blocks.signatures(List.of(
                new SignatureBlock("signature.legal_representative", content.legalRepresentative()))));
    }

    /** An enum value's label, or nothing when there is no value. */
    static String label(CertificateTexts texts, String enumName, String code) {
        return present(code) ? texts.label(enumName, code.strip()) : null;
    }
}
