package org.socialworkr.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialworkr.account.AccountRole;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Makes confirmed members directly in the database and logs them in through the real login form. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private String passwordHash;

    TestAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public record TestAccount(long id, String username, String email, String displayName) {}

    /** A confirmed member with a unique username starting with {@code prefix} and password {@link #PASSWORD}. */
    public TestAccount create(String prefix, AccountRole... roles) {
        String username = uniqueUsername(prefix);
        String email = username + "@example.org";
        String displayName = "Test " + username;
        jdbc.sql(
                        """
                        insert into accounts (username, email, password_hash, display_name, status, security_stamp,
                                              created_at, confirmed_at, version)
                        values (:username, :email, :hash, :name, 'ACTIVE', :stamp, :now, :now, 0)
                        """)
                .param("username", username)
                .param("email", email)
                .param("hash", hash())
                .param("name", displayName)
                .param("stamp", UUID.randomUUID().toString())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long id = jdbc.sql("select id from accounts where username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
        for (AccountRole role : roles) {
            jdbc.sql("insert into account_roles (account_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        return new TestAccount(id, username, email, displayName);
    }

    /** A member logged in through the login form, with the session their requests go in. */
    public record TestMember(TestAccount account, MockHttpSession session) {

        public long id() {
            return account.id();
        }

        public String username() {
            return account.username();
        }

        public String displayName() {
            return account.displayName();
        }
    }

    /** A new confirmed member (see {@link #create}), logged in. */
    public TestMember loggedIn(MockMvc mvc, String prefix) throws Exception {
        TestAccount account = create(prefix);
        return new TestMember(account, login(mvc, account));
    }

    /** Turns on two-factor login with the given base32 secret. */
    public void enableTwoFactor(TestAccount account, String secret) {
        jdbc.sql("update accounts set totp_secret = :secret where id = :id")
                .param("secret", secret)
                .param("id", account.id())
                .update();
    }

    /** Logs in through the login form (without a second factor) and returns the session. */
    public MockHttpSession login(MockMvc mvc, TestAccount account) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .param("username", account.username())
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn();
        return session;
    }

    public static String uniqueUsername(String prefix) {
        String suffix =
                Integer.toString(SEQUENCE.incrementAndGet(), 36) + Long.toString(System.nanoTime() % 1_000_000, 36);
        String cleaned = prefix.replaceAll("[^a-z0-9_]", "");
        return (cleaned.length() > 18 ? cleaned.substring(0, 18) : cleaned) + "_" + suffix;
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
