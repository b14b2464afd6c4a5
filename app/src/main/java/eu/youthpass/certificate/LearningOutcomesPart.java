package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateBlocks.SignatureBlock;
import eu.youthpass.certificate.CertificateContent.Evidence;
import eu.youthpass.certificate.CertificateContent.LearningOutcome;
import eu.youthpass.certificate.CertificateContent.Reference;
import eu.youthpass.certificate.CertificateContent.Signatory;

import java.util.ArrayList;
import java.util.List;

import static eu.youthpass.certificate.CertificateBlocks.present;

/**
 * Part 2, the learning outcomes in the learner's words, competence by competence, with other competences, evidence
 * and references; signed by the learner and, where there is one, the dialogue partner.
 */
final class LearningOutcomesPart {

    private LearningOutcomesPart() {
    }

    static void write(PartContext part) {
        CertificateContent content = part.content();
        CertificateTexts texts = part.texts();
        CertificateBlocks blocks = part.blocks();
        String holder = content.holder().fullName();

        blocks.partTitle(CertificatePart.LEARNING_OUTCOMES, part.logo());
        // the learner first, smaller than in part 1: here the learning is what stands out
        blocks.shownTitle(holder);
        if (present(part.shown().title())) {
            blocks.intro(part.shown().title().strip());
        }
        blocks.intro(texts.format("part2.intro", holder));

        for (LearningOutcome outcome : content.learningOutcomes()) {
            if (present(outcome.text())) {
                blocks.headingText(texts.competenceName(outcome.competence()));
                blocks.text(outcome.text());
            }
        }
        if (present(content.otherCompetences())) {
            blocks.heading("part2.other");
            blocks.text(content.otherCompetences());
        }
        List<Evidence> evidence = content.evidence().stream()
                .filter(e -> present(e.title()) || present(e.url())).toList();
        if (!evidence.isEmpty()) {
            blocks.heading("part2.evidence");
            evidence.forEach(e -> blocks.link(e.title(), e.url()));
        }
        List<Reference> references = content.references().stream().filter(r -> present(r.name())).toList();
        if (!references.isEmpty()) {
            blocks.heading("part2.references");
            for (Reference reference : references) {
                blocks.subheading(reference.name().strip());
                blocks.meta(reference.role(), reference.contact());
            }
        }

        List<SignatureBlock> signatures = new ArrayList<>();
        signatures.add(new SignatureBlock("signature.learner", new Signatory(holder, null)));
        Signatory partner = content.dialoguePartner();
        if (partner != null && (present(partner.name()) || present(partner.function()))) {
            signatures.add(new SignatureBlock("signature.dialogue_partner", partner));
        }
        blocks.signatures(signatures);
    }
}
