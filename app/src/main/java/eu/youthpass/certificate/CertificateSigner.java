package eu.youthpass.certificate;

import org.openpdf.text.pdf.PdfWriter;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Map;

/**
 * Signs a certificate with the platform's key while it is laid out: a PAdES baseline signature (ETSI.CAdES.detached,
 * a detached CMS over the document's byte range with the ESS signing-certificate-v2 attribute and no signing-time
 * attribute, the time being the signature dictionary's). The renderer {@link #reserve reserves} the signature's room
 * on page 1; once the document is closed, {@link #complete} fills it in ({@link SignatureSlot}). A PDF reader then
 * shows the document as signed and unmodified. OpenPDF's own signing is not used: poppler calls its MD5 signatures
 * invalid. Thread-safe: the key is only read.
 */
public final class CertificateSigner {

    static final String REASON = "Youthpass certificate issued by the platform";

    private final SigningKey key;
    private final String signerName;
    private final String algorithm;
    // made once: parsing the certificate and building these took longer than the signature itself
    private final X509CertificateHolder certificate;
    private final JcaCertStore chain;
    private final DigestCalculatorProvider digests;
    private final CMSAttributeTableGenerator signedAttributes;
    private final int room;

    public CertificateSigner(SigningKey key) {
        this.key = key;
        this.signerName = commonName(key.certificate());
        this.algorithm = algorithm(key.privateKey());
        try {
            this.certificate = new JcaX509CertificateHolder(key.certificate());
            this.chain = new JcaCertStore(key.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.signedAttributes = signedAttributes(key.certificate());
            this.room = room(key);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot use the signing key", e);
        }
    }

    public SigningKey key() {
        return key;
    }

    /** The JCA signature algorithm for a key: ECDSA for EC keys (the platform's own), RSA for the others. */
    static String algorithm(PrivateKey privateKey) {
        return "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    /** Reserves the signature in a document being written; call with page 1 current. */
    SignatureSlot reserve(PdfWriter writer) {
        return SignatureSlot.reserve(writer, signerName, REASON, Calendar.getInstance(), room);
    }

    /**
     * The room a signature with this key takes: its certificates as they are, plus the signer info (attributes, a
     * signature of up to 512 bytes for RSA-4096) and the CMS structure, with a margin; in whole kilobytes. About 2
     * KB for the platform's own ECDSA key, where a fixed room for any key would be 12 KB (24 KB of hex in every PDF).
     */
    static int room(SigningKey key) {
        int certificates = 0;
        try {
            for (X509Certificate one : key.chain()) {
                certificates += one.getEncoded().length;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing certificate", e);
        }
        int needed = certificates + 1536;
        return Math.min(SignatureSlot.MAX_ROOM, (needed + 1023) / 1024 * 1024);
    }

    /** Signs a closed document that has its signature reserved, in place; returns the same bytes, signed. */
    byte[] complete(byte[] pdf) {
        SignatureSlot.Range range = SignatureSlot.locate(pdf);
        try {
            return SignatureSlot.fill(range, cms(range));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate PDF", e);
        }
    }

    /** The detached CMS over the signed range, digested as it streams by (no copy of the file). */
    private byte[] cms(SignatureSlot.Range range) throws IOException {
        try {
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(digests);
            signerInfo.setSignedAttributeGenerator(signedAttributes);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder(algorithm).build(key.privateKey()), certificate));
            generator.addCertificates(chain);
            CMSTypedData signed = new CMSTypedData() {
                @Override
                public ASN1ObjectIdentifier getContentType() {
                    return CMSObjectIdentifiers.data;
                }

                @Override
                public void write(OutputStream out) throws IOException {
                    range.writeTo(out);
                }

                @Override
                public Object getContent() {
                    return range;
                }
            };
            return generator.generate(signed, false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException e) {
            throw new IOException("Cannot make the signature", e);
        }
    }

    /**
     * Content type and message digest (added by BouncyCastle), the signing certificate by hash as PAdES requires,
     * and no signing time: PAdES baseline takes the time from the signature dictionary instead.
     */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal()
                        .getEncoded()))), certificate.getSerialNumber());
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()), issuerSerial);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        return new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
            @Override
            public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
            }
        };
    }

    private static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException ignored) {
            // fall through to the whole name
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
