package org.socialworkr.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the application mailed, as a member would read their inbox. */
@TestComponent
public class Outbox {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_-]+)");

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Mail(String recipient, String subject, String body) {

        /** The token of the first link in the body. */
        public String token() {
            Matcher matcher = TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in: " + body);
            }
            return matcher.group(1);
        }
    }

    public int count(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :recipient")
                .param("recipient", recipient)
                .query(Integer.class)
                .single();
    }

    public Mail latest(String recipient) {
        return jdbc.sql(
                        """
                        select recipient, subject, body from mail_outbox
                        where recipient = :recipient order by id desc fetch first 1 rows only
                        """)
                .param("recipient", recipient)
                .query(Mail.class)
                .optional()
                .orElseThrow(() -> new AssertionError("No mail to " + recipient));
    }
}
