// Conformance run: masto.js, a real Mastodon client library, against a running SocialWorkr.
// Usage: SOCIALWORKR_URL=http://127.0.0.1:8080 SOCIALWORKR_LOG=/path/to/app.log node conformance.mjs
// The log is where SocialWorkr writes mail when no SMTP server is configured; the run reads the
// confirmation links of the members it signs up from it. Exits non-zero on the first failure.
import { createOAuthAPIClient, createRestAPIClient, createStreamingAPIClient } from "masto";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const url = (process.env.SOCIALWORKR_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
const logFile = process.env.SOCIALWORKR_LOG;
const OOB = "urn:ietf:wg:oauth:2.0:oob";
const password = "conformance password 2026";
const suffix = randomBytes(4).toString("hex");

async function step(name, action) {
  try {
    const result = await action();
    console.log(`ok    ${name}`);
    return result;
  } catch (error) {
    console.error(`FAIL  ${name}: ${error?.stack ?? error}`);
    throw error;
  }
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** A tiny browser: cookies and CSRF fields, no JavaScript, redirects followed by hand. */
class Browser {
  cookies = new Map();

  async request(path, { method = "GET", form } = {}) {
    const headers = { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
    let body;
    if (form) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(form)) {
        for (const one of [].concat(value)) params.append(key, one);
      }
      body = params.toString();
    }
    const target = path.startsWith("http") ? path : url + path;
    const response = await fetch(target, { method, headers, body, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair.indexOf("=");
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    return { status: response.status, location: response.headers.get("location"), body: await response.text() };
  }

  static field(html, name) {
    const values = Browser.fields(html, name);
    check(values.length > 0, `no field ${name} in page`);
    return values[0];
  }

  static fields(html, name) {
    const pattern = new RegExp(`name="${name}"\\s+value="([^"]*)"|value="([^"]*)"\\s+name="${name}"`, "g");
    return [...html.matchAll(pattern)].map((m) => (m[1] ?? m[2]).replaceAll("&amp;", "&"));
  }
}

function confirmationToken(email) {
  check(logFile, "SOCIALWORKR_LOG is not set: cannot read the confirmation mail");
  const log = readFileSync(logFile, "utf8");
  const start = log.lastIndexOf(`To: ${email}`);
  check(start >= 0, `no mail to ${email} in ${logFile}`);
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(log.slice(start));
  check(match, `no confirmation link in the mail to ${email}`);
  return match[1];
}

const rest = createRestAPIClient({ url });
const oauth = createOAuthAPIClient({ url });

const instance = await step("GET /api/v2/instance", async () => {
  const found = await rest.v2.instance.fetch();
  check(found.configuration.statuses.maxCharacters === 5000, "max_characters is not 5000");
  check(found.registrations.enabled === true, "registrations are closed");
  return found;
});
await step("GET /api/v1/instance", async () => {
  const found = await rest.v1.instance.fetch();
  check(found.uri === instance.domain, `v1 uri ${found.uri} differs from v2 domain ${instance.domain}`);
});
await step("GET /api/v1/custom_emojis", async () => {
  const emojis = await rest.v1.customEmojis.list();
  check(Array.isArray(emojis), "custom emojis are not a list");
});

const app = await step("POST /api/v1/apps", async () => {
  const created = await rest.v1.apps.create({
    clientName: "masto.js conformance",
    redirectUris: OOB,
    scopes: "read write follow push",
    website: "https://example.org",
  });
  check(created.clientId && created.clientSecret, "no client credentials");
  return created;
});

const appToken = await step("POST /oauth/token (client_credentials)", async () =>
  oauth.token.create({
    grantType: "client_credentials",
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    scope: "read write follow push",
  }),
);
const asApp = createRestAPIClient({ url, accessToken: appToken.accessToken });
await step("GET /api/v1/apps/verify_credentials", async () => {
  const verified = await asApp.v1.apps.verifyCredentials();
  check(verified.name === "masto.js conformance", `app name is ${verified.name}`);
});

/**
 * Signs a member up the way a Mastodon app does: registration with the app's token, the
 * confirmation link from the mail, then the authorization code flow with PKCE in a browser.
 */
async function join(name) {
  const username = `${name}_${suffix}`;
  const email = `${username}@example.org`;
  const signUpToken = await step(`${name}: POST /api/v1/accounts (registration)`, async () =>
    asApp.v1.accounts.create({ username, email, password, agreement: true, locale: "en" }),
  );
  const unconfirmed = createRestAPIClient({ url, accessToken: signUpToken.accessToken });
  await step(`${name}: unconfirmed member cannot write (403)`, async () => {
    await refused(403, () => unconfirmed.v1.statuses.create({ status: "too early" }));
  });

  const browser = new Browser();
  await step(`${name}: confirm the email address (link from the mail)`, async () => {
    // The mail is written by a listener after the registration's commit.
    const token = await eventually(async () => confirmationToken(email));
    const page = await browser.request(`/signup/confirm?token=${token}`);
    check(page.status === 200, `confirmation page answered ${page.status}`);
    const done = await browser.request("/signup/confirm", {
      method: "POST",
      form: { token, _csrf: Browser.field(page.body, "_csrf") },
    });
    check(done.status === 302 && done.location.includes("confirmed"), `confirmation answered ${done.status}`);
  });

  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const code = await step(`${name}: GET /oauth/authorize + login + consent (PKCE, out-of-band)`, async () => {
    const authorize = new URLSearchParams({
      response_type: "code",
      client_id: app.clientId,
      redirect_uri: OOB,
      scope: "read write follow",
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    const toLogin = await browser.request(`/oauth/authorize?${authorize}`);
    check(toLogin.status === 302 && toLogin.location.endsWith("/login"), `authorize answered ${toLogin.status}`);
    const loginPage = await browser.request("/login");
    const loggedIn = await browser.request("/login", {
      method: "POST",
      form: { username, password, _csrf: Browser.field(loginPage.body, "_csrf") },
    });
    check(loggedIn.status === 302, `login answered ${loggedIn.status}`);
    const back = await browser.request(loggedIn.location);
    check(back.status === 302 && back.location.includes("/oauth/consent"), `no consent page: ${back.location}`);
    const consent = await browser.request(back.location);
    const approved = await browser.request("/oauth/authorize", {
      method: "POST",
      form: {
        client_id: Browser.field(consent.body, "client_id"),
        state: Browser.field(consent.body, "state"),
        scope: Browser.fields(consent.body, "scope"),
        _csrf: Browser.field(consent.body, "_csrf"),
      },
    });
    check(approved.status === 302 && approved.location.includes("code="), `consent answered ${approved.status}`);
    return new URL(approved.location, url).searchParams.get("code");
  });

  const token = await step(`${name}: POST /oauth/token (authorization_code + PKCE)`, async () =>
    oauth.token.create({
      grantType: "authorization_code",
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUri: OOB,
      code,
      codeVerifier: verifier,
    }),
  );
  const client = createRestAPIClient({ url, accessToken: token.accessToken });
  const account = await step(`${name}: GET /api/v1/accounts/verify_credentials`, async () => {
    const me = await client.v1.accounts.verifyCredentials();
    check(me.username === username, `verify_credentials says ${me.username}`);
    return me;
  });
  return { name, username, token: token.accessToken, client, account };
}

/** Fails unless the call is refused with this status. */
async function refused(statusCode, call) {
  try {
    await call();
  } catch (error) {
    check(error.statusCode === statusCode, `expected ${statusCode}, got ${error.statusCode ?? error}`);
    return;
  }
  throw new Error(`expected ${statusCode}, but the call succeeded`);
}

/** Retries a check until it passes: what listeners do after a commit shows up a moment later. */
async function eventually(action, millis = 10000) {
  const deadline = Date.now() + millis;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Collects a subscription's events as they come, so a step waits for the one it expects with a timeout. */
function collect(subscription) {
  const events = [];
  let wake = () => {};
  (async () => {
    try {
      for await (const event of subscription) {
        events.push(event);
        wake();
      }
    } catch {
      // The socket closed; a missing event is reported by waitFor.
    }
  })();
  return {
    async waitFor(what, predicate, millis) {
      const deadline = Date.now() + millis;
      for (;;) {
        const found = events.find(predicate);
        if (found) {
          return found;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
          const seen = events.map((event) => event.event).join(", ") || "nothing";
          throw new Error(`no ${what} within ${millis} ms (received: ${seen})`);
        }
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
  };
}

/**
 * The subscription is sent once the socket is open and the server sends no answer to it: a
 * status posted before the server read it is not streamed. So post until one arrives.
 */
async function postUntilStreamed(events, post, millis = 15000) {
  const deadline = Date.now() + millis;
  const posted = new Set();
  for (;;) {
    posted.add((await post()).id);
    try {
      const wait = Math.min(1000, Math.max(1, deadline - Date.now()));
      return await events.waitFor(
        "update",
        (event) => event.event === "update" && posted.has(event.payload.id),
        wait,
      );
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
    }
  }
}

/** A small valid PNG (a 16x16 gradient), made here so the run needs no fixture file. */
function png() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < size; x++) rows.push(x * 16, y * 16, 128);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const alice = await join("alice");
const bob = await join("bob");
const member = alice.client;

await step("GET /api/v1/notifications with the token", async () => {
  const notifications = await member.v1.notifications.list();
  check(Array.isArray(notifications), "notifications are not a list");
});

const media = await step("POST /api/v2/media (a PNG with a description)", async () => {
  const uploaded = await member.v2.media.create({
    file: new Blob([png()], { type: "image/png" }),
    description: "A small gradient",
  });
  check(uploaded.type === "image", `media type is ${uploaded.type}`);
  check(uploaded.description === "A small gradient", `description is ${uploaded.description}`);
  return uploaded;
});

const tag = `swconf${suffix}`;
const status = await step("POST /api/v1/statuses (with media, a hashtag and a language)", async () => {
  const created = await member.v1.statuses.create({
    status: `Hello from masto.js #${tag}`,
    visibility: "public",
    mediaIds: [media.id],
    language: "en",
  });
  check(created.language === "en", `language is ${created.language}`);
  check(created.mediaAttachments.length === 1, `${created.mediaAttachments.length} attachments`);
  check(created.mediaAttachments[0].id === media.id, "the attachment is not the upload");
  check(created.mediaAttachments[0].description === "A small gradient", "the attachment lost its description");
  check(created.tags.some((t) => t.name.toLowerCase() === tag), "the hashtag is not among the tags");
  return created;
});
await step("GET /api/v1/timelines/home", async () => {
  const home = await member.v1.timelines.home.list();
  check(home.some((s) => s.id === status.id), "the new status is not in the home timeline");
});
await step("GET /api/v1/timelines/public", async () => {
  const local = await bob.client.v1.timelines.public.list({ local: true });
  check(local.some((s) => s.id === status.id), "the new status is not in the public timeline");
});
await step(`GET /api/v1/timelines/tag/${tag}`, async () => {
  const tagged = await bob.client.v1.timelines.tag.$select(tag).list();
  check(tagged.some((s) => s.id === status.id), "the new status is not in its hashtag timeline");
});

await step("POST /api/v1/accounts/:id/follow (alice follows bob)", async () => {
  const relationship = await member.v1.accounts.$select(bob.account.id).follow();
  check(relationship.following === true, "alice does not follow bob");
});

const aliceStreaming = createStreamingAPIClient({
  streamingApiUrl: instance.configuration.urls.streaming,
  accessToken: alice.token,
  retry: false,
});
try {
  const userStream = collect(aliceStreaming.user.subscribe());
  await step("WebSocket user stream: update for a followed member's status", async () => {
    let count = 0;
    const received = await postUntilStreamed(userStream, () =>
      bob.client.v1.statuses.create({ status: `Bob's news ${++count}`, visibility: "public" }),
    );
    check(received.payload.account.id === bob.account.id, `streamed a status of ${received.payload.account.acct}`);
  });

  await step("POST /api/v1/statuses/:id/favourite (bob favourites alice's status)", async () => {
    const favourited = await bob.client.v1.statuses.$select(status.id).favourite();
    check(favourited.favourited === true, "the status is not favourited");
  });
  await step("WebSocket user stream: notification of the favourite", async () => {
    const received = await userStream.waitFor(
      "favourite notification",
      (event) => event.event === "notification" && event.payload.type === "favourite",
      15000,
    );
    check(received.payload.account.id === bob.account.id, "the favourite is not bob's");
    check(received.payload.status?.id === status.id, "the notification is not about alice's status");
  });
} finally {
  aliceStreaming.close();
}

await step("POST /api/v1/statuses (bob replies to alice)", async () => {
  const reply = await bob.client.v1.statuses.create({ status: `@${alice.username} A reply`, inReplyToId: status.id });
  check(reply.inReplyToId === status.id, "the reply does not point to its status");
});
await step("POST /api/v1/accounts/:id/follow (bob follows alice)", async () => {
  const relationship = await bob.client.v1.accounts.$select(alice.account.id).follow();
  check(relationship.following === true, "bob does not follow alice");
});
await step("GET /api/v1/notifications: alice hears of bob's favourite, reply and follow", async () => {
  await eventually(async () => {
    const notifications = await member.v1.notifications.list({ types: ["favourite", "mention", "follow"] });
    const fromBob = notifications.filter((n) => n.account.id === bob.account.id);
    const types = new Set(fromBob.map((n) => n.type));
    check(
      types.has("favourite") && types.has("mention") && types.has("follow"),
      `alice has only ${[...types].join(", ") || "no"} notifications from bob`,
    );
    check(
      notifications.every((n) => ["favourite", "mention", "follow"].includes(n.type)),
      "types[] was not applied",
    );
  });
});

await step("POST /api/v1/statuses/:id/reblog (bob reblogs alice's status)", async () => {
  const reblog = await bob.client.v1.statuses.$select(status.id).reblog();
  check(reblog.reblog?.id === status.id, "the reblog does not carry alice's status");
});
await step("PUT /api/v1/statuses/:id, then bob hears of the edit (update notification)", async () => {
  const edited = await member.v1.statuses.$select(status.id).update({
    status: `Hello again from masto.js #${tag}`,
    mediaIds: [media.id],
  });
  check(edited.editedAt, "the edited status has no edited_at");
  await eventually(async () => {
    const updates = await bob.client.v1.notifications.list({ types: ["update"] });
    const found = updates.find((n) => n.status?.id === status.id);
    check(found, "bob has no update notification about alice's status");
    check(found.account.id === alice.account.id, "the update is not alice's");
    check(found.status.content.includes("Hello again"), "the notification shows the status before the edit");
  });
});

await step("WebSocket /api/v1/streaming: hashtag stream (token as the protocol)", async () => {
  const streaming = createStreamingAPIClient({
    streamingApiUrl: instance.configuration.urls.streaming,
    accessToken: alice.token,
    retry: false,
  });
  try {
    const streamTag = `swstream${suffix}`;
    const events = collect(streaming.hashtag.subscribe({ tag: streamTag }));
    await postUntilStreamed(events, () =>
      bob.client.v1.statuses.create({ status: `Streamed #${streamTag}`, visibility: "public" }),
    );
  } finally {
    streaming.close();
  }
});

const carol = await join("carol");
const direct = await step("POST /api/v1/statuses (direct message from alice to bob)", async () => {
  const created = await member.v1.statuses.create({
    status: `@${bob.username} Only for you`,
    visibility: "direct",
  });
  check(created.visibility === "direct", `visibility is ${created.visibility}`);
  return created;
});
await step("GET /api/v1/conversations: bob finds the direct message", async () => {
  await eventually(async () => {
    const conversations = await bob.client.v1.conversations.list();
    const found = conversations.find((c) => c.lastStatus?.id === direct.id);
    check(found, "no conversation of bob's has the direct message as its last status");
    check(
      found.accounts.some((a) => a.id === alice.account.id),
      "alice is not among the conversation's accounts",
    );
  });
});
await step("GET /api/v1/statuses/:id: the recipient reads the direct message", async () => {
  const read = await bob.client.v1.statuses.$select(direct.id).fetch();
  check(read.id === direct.id, "bob cannot read the direct message");
});
await step("GET /api/v1/statuses/:id: nobody else reads the direct message (404)", async () => {
  await refused(404, () => carol.client.v1.statuses.$select(direct.id).fetch());
  await refused(404, () => asApp.v1.statuses.$select(direct.id).fetch());
  await refused(404, () => rest.v1.statuses.$select(direct.id).fetch());
});
await step("GET /api/v1/timelines/public: the direct message is not public", async () => {
  const local = await carol.client.v1.timelines.public.list({ local: true });
  check(!local.some((s) => s.id === direct.id), "the direct message is in the public timeline");
});

await step("POST /oauth/revoke, then the token is refused", async () => {
  await oauth.revoke({ clientId: app.clientId, clientSecret: app.clientSecret, token: alice.token });
  await refused(401, () => member.v1.notifications.list());
});

console.log("\nmasto.js conformance: all steps passed");
