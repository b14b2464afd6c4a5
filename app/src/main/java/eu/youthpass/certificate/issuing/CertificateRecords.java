package eu.youthpass.certificate.issuing;

import eu.youthpass.certificate.CertificateNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and writes certificates, their versions and files. Every query of an organisation's certificates names the
 * organisation (see {@code eu.youthpass.platform.tenancy}); the lookups by number and by hash alone are for the
 * public verification, which runs in platform scope and only reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CertificateRecords {

    @PersistenceContext
    EntityManager em;

    public Optional<Certificate> ofPerson(long organisationId, long personId) {
        return em.createQuery("""
                        select c from Certificate c where c.personId = :person and c.organisationId = :organisation""",
                        Certificate.class)
                .setParameter("person", personId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /** The certificates of many learners, by person id. */
    public Map<Long, Certificate> ofPeople(long organisationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select c from Certificate c where c.personId in :people and c.organisationId = :organisation""",
                        Certificate.class)
                .setParameter("people", personIds).setParameter("organisation", organisationId)
                .getResultStream().collect(Collectors.toMap(Certificate::getPersonId, Function.identity()));
    }

    /** Newest first. */
    public List<CertificateVersion> versions(long organisationId, long certificateId) {
        return em.createQuery("""
                        select v from CertificateVersion v
                        where v.certificate.id = :certificate and v.organisationId = :organisation
                        order by v.versionNo desc""", CertificateVersion.class)
                .setParameter("certificate", certificateId).setParameter("organisation", organisationId)
                .getResultList();
    }

    public Optional<CertificateVersion> version(long organisationId, long certificateId, int versionNo) {
        return em.createQuery("""
                        select v from CertificateVersion v where v.certificate.id = :certificate
                        and v.versionNo = :no and v.organisationId = :organisation""", CertificateVersion.class)
                .setParameter("certificate", certificateId).setParameter("no", versionNo)
                .setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    public Optional<byte[]> pdf(long organisationId, long versionId) {
        return em.createQuery("""
                        select f.pdf from CertificateFile f where f.versionId = :version
                        and f.organisationId = :organisation""", byte[].class)
                .setParameter("version", versionId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /** Public verification, platform scope: the certificate printed with this number, of whichever organisation. */
    public Optional<Certificate> byNumber(CertificateNumber number) {
        return em.createQuery("select c from Certificate c where c.number = :number", Certificate.class)
                .setParameter("number", number.compact()).getResultStream().findFirst();
    }

    /** Public verification, platform scope: newest first. */
    public List<CertificateVersion> versionsOf(Certificate certificate) {
        return versions(certificate.getOrganisationId(), certificate.getId());
    }

    /** The tamper check, platform scope: the version whose PDF has exactly this SHA-256. */
    public Optional<CertificateVersion> bySha256(String sha256) {
        return em.createQuery("select v from CertificateVersion v where v.sha256 = :hash", CertificateVersion.class)
                .setParameter("hash", sha256).getResultStream().findFirst();
    }

    public void add(Object certificateData) {
        em.persist(certificateData);
    }

    /** Ids come from the sequence at flush: a version needs its certificate's id, a file its version's. */
    public void flush() {
        em.flush();
    }
}
