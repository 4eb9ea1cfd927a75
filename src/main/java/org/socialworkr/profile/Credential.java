package org.socialworkr.profile;

/** Degrees and licenses social workers put after their name; labels in messages.properties. */
public enum Credential {
    BSW,
    MSW,
    DSW,
    PHD,
    LSW,
    LMSW,
    LCSW,
    LCSW_R,
    LICSW,
    LISW,
    ACSW,
    LMFT,
    LPC,
    CADC;

    public String messageKey() {
        return "credential." + name();
    }
}
