package eu.youthpass.platform.files;

/** A file's first bytes (its "magic number"): how uploads are told apart by content, never by name. */
public final class FileSignature {

    private FileSignature() {
    }

    /** Whether the content begins with these bytes, each given as 0–255. */
    public static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
