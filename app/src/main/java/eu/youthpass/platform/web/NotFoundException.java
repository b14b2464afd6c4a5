package eu.youthpass.platform.web;

/**
 * Whatever was asked for does not exist for this caller — including when it belongs to another organisation,
 * which must look exactly the same. Shown as the 404 page.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException() {
        super("Not found");
    }
}
