package org.socialworkr.account;

import java.io.Serial;
import java.io.Serializable;

/**
 * A secret offered for two-factor login, not turned on yet. Serializable because it waits in the
 * HTTP session between the setup page and the member's confirming code.
 *
 * @param secret base32, for members who type it into their app instead of scanning
 * @param otpauthUri the {@code otpauth://} address the QR code holds
 * @param qrCodeDataUri the QR code as a {@code data:image/png;base64,...} address for an {@code img}
 */
public record TwoFactorSetup(String secret, String otpauthUri, String qrCodeDataUri) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The secret in groups of four, easier to copy by hand. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
