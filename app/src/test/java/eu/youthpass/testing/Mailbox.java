package eu.youthpass.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) that the platform under test sends to, and ways to read what arrived. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMail greenMail;

    public Mailbox(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public void stop() {
        greenMail.stop();
    }

    /** A mail as a reader sees it. */
    public record ReceivedMail(String to, String subject, String text, String html, String language) {
        public String firstLink() {
            Matcher m = LINK.matcher(text);
            if (!m.find()) {
                throw new AssertionError("No link in mail '" + subject + "':\n" + text);
            }
            return m.group();
        }
    }

    /** Waits for the newest mail to this address whose subject contains the text. */
    public ReceivedMail await(String to, String subjectContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(to) && subject(m).contains(subjectContains))
                    .toList();
            if (!found.isEmpty()) {
                return read(found.get(found.size() - 1));
            }
            sleep();
        }
        throw new AssertionError("No mail to " + to + " with subject containing '" + subjectContains + "' within 30 s;"
                + " received: " + Arrays.stream(greenMail.getReceivedMessages())
                .map(m -> recipient(m) + ": " + subject(m)).toList());
    }

    public long countTo(String to) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(to)).count();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            String[] language = message.getHeader("Content-Language");
            return new ReceivedMail(recipient(message), subject(message), part(message, "text/plain"),
                    part(message, "text/html"), language == null ? "" : language[0]);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String subject(MimeMessage m) {
        return GreenMailUtil.getHeaders(m).isEmpty() ? "" : safeSubject(m);
    }

    private static String safeSubject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
