package org.socialworkr.account.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Issues a fresh set of recovery codes, replacing the old set; the clear codes are shown once. */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodeRepository codes;

    RecoveryCodes(RecoveryCodeRepository codes) {
        this.codes = codes;
    }

    List<String> replaceAll(long accountId) {
        codes.deleteByAccountId(accountId);
        List<String> issued = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String code = randomCode();
            codes.save(new RecoveryCode(accountId, Hashes.sha256(normalize(code))));
            issued.add(code);
        }
        return issued;
    }

    void removeAll(long accountId) {
        codes.deleteByAccountId(accountId);
    }

    long remaining(long accountId) {
        return codes.countByAccountIdAndUsedAtIsNull(accountId);
    }

    /** Members may type codes with or without the dash, in any case. */
    static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
