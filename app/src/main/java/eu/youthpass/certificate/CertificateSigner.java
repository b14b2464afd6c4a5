package eu.youthpass.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
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
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Map;

/**
 * Signs a finished PDF with the platform's key: a PAdES baseline signature (ETSI.CAdES.detached, a detached CMS over
 * the document's byte range with the ESS signing-certificate-v2 attribute and no signing-time attribute, the time
 * being the signature dictionary's), appended as an incremental update so the signed bytes stay exactly as laid out.
 * A PDF reader then shows the document as signed and unmodified. OpenPDF's own signing is not used: poppler calls
 * its MD5 signatures invalid. Thread-safe: the key is only read.
 */
public final class CertificateSigner {

    /**
     * Room in the file for the CMS. Today's is under 2 KB; 16 KB leaves room for a timestamp token and a longer
     * chain later. Stored as hex, so it costs twice that in every file: 32 KB would make a 50 KB certificate 115 KB.
     */
    static final int SIGNATURE_SIZE = 16 * 1024;

    private final SigningKey key;
    private final String signerName;

    public CertificateSigner(SigningKey key) {
        this.key = key;
        this.signerName = commonName(key.certificate());
    }

    public SigningKey key() {
        return key;
    }

    public byte[] sign(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason("Youthpass certificate issued by the platform");
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 8192);
            document.saveIncremental(signed);
            return signed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the certificate PDF", e);
        }
    }

    /** The detached CMS over the bytes PDFBox hands over (the whole file except the space for this CMS). */
    private byte[] cms(InputStream content) throws IOException {
        X509Certificate certificate = key.certificate();
        try {
            String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(signedAttributes(certificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder(algorithm).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
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
