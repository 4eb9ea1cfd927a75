package org.socialworkr.mail;

/** Sends mail through the outbox; call it inside the transaction whose commit should send it. */
public interface Mailer {

    void send(OutgoingMail mail);
}
