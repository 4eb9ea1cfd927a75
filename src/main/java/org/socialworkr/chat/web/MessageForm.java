package org.socialworkr.chat.web;

import org.springframework.web.bind.annotation.BindParam;

/** The send and edit forms; the image arrives as its own multipart part. */
record MessageForm(
        String text,
        @BindParam("image_alt") String imageAlt,
        @BindParam("confidentiality_confirmed") Boolean confidentialityConfirmed) {

    static MessageForm empty() {
        return new MessageForm("", "", false);
    }

    boolean confirmed() {
        return Boolean.TRUE.equals(confidentialityConfirmed);
    }
}
