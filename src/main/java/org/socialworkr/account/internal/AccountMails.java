package org.socialworkr.account.internal;

import java.util.Locale;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.mail.Mailer;
import org.socialworkr.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The mails accounts send, worded in messages.properties, with absolute links. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final InstanceProperties instance;

    AccountMails(Mailer mailer, MessageSource messages, InstanceProperties instance) {
        this.mailer = mailer;
        this.messages = messages;
        this.instance = instance;
    }

    void confirmation(Account account, String token) {
        send(account.email(), "mail.confirm", account.displayName(), link("/signup/confirm", token));
    }

    void alreadyRegistered(Account account) {
        send(
                account.email(),
                "mail.alreadyRegistered",
                account.displayName(),
                instance.absoluteUrl("/login"),
                instance.absoluteUrl("/password/forgot"));
    }

    void passwordReset(Account account, String token) {
        send(account.email(), "mail.reset", account.displayName(), link("/password/reset", token));
    }

    void passwordChanged(Account account) {
        send(account.email(), "mail.passwordChanged", account.displayName(), instance.absoluteUrl("/password/forgot"));
    }

    void emailChange(Account account, String newEmail, String token) {
        send(newEmail, "mail.emailChange", account.displayName(), link("/settings/email/confirm", token));
    }

    void emailChangedNotice(Account account, String oldEmail) {
        send(oldEmail, "mail.emailChanged", account.displayName(), account.email());
    }

    private String link(String path, String token) {
        return instance.absoluteUrl(UriComponentsBuilder.fromPath(path)
                .queryParam("token", token)
                .build()
                .toUriString());
    }

    private void send(String to, String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] withInstance = new Object[arguments.length + 1];
        System.arraycopy(arguments, 0, withInstance, 0, arguments.length);
        withInstance[arguments.length] = instance.name();
        String subject = messages.getMessage(key + ".subject", new Object[] {instance.name()}, locale);
        String body = messages.getMessage(key + ".body", withInstance, locale);
        mailer.send(new OutgoingMail(to, subject, body));
    }
}
