package io.relais.platform;

/**
 * The requested thing does not exist, or the caller may not know that it exists: services throw
 * this rather than an access error when revealing existence would itself leak information.
 */
public class NotFoundException extends UserFacingException {

    public NotFoundException() {
        super(null, "error.not-found");
    }
}
