// Conformance run: masto.js, a real Mastodon client library, against a running SocialWorkr.
// Usage: SOCIALWORKR_URL=http://127.0.0.1:8080 SOCIALWORKR_LOG=/path/to/app.log node conformance.mjs
// The log is where SocialWorkr writes mail when no SMTP server is configured; the run reads the
// confirmation link of the member it signs up from it. Exits non-zero on the first failure.
import { createOAuthAPIClient, createRestAPIClient, createStreamingAPIClient } from "masto";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

const url = (process.env.SOCIALWORKR_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
const logFile = process.env.SOCIALWORKR_LOG;
const OOB = "urn:ietf:wg:oauth:2.0:oob";
const password = "conformance password 2026";
const suffix = randomBytes(4).toString("hex");

let failures = 0;
let skipped = 0;

async function step(name, action) {
  try {
    const result = await action();
    console.log(`ok    ${name}`);
    return result;
  } catch (error) {
    if (error?.statusCode === 404 && error?.skippable) {
      skipped++;
      console.log(`skip  ${name}: endpoint not available yet`);
      return undefined;
    }
    failures++;
    console.error(`FAIL  ${name}: ${error?.stack ?? error}`);
    throw error;
  }
}

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** A step that needs an endpoint another part of the API may not serve yet: a 404 skips it. */
async function optional(name, action) {
  return step(name, async () => {
    try {
      return await action();
    } catch (error) {
      if (error?.statusCode === 404) {
        error.skippable = true;
      }
      throw error;
    }
  });
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

const username = `masto_${suffix}`;
const email = `${username}@example.org`;
const signUpToken = await step("POST /api/v1/accounts (registration)", async () =>
  asApp.v1.accounts.create({ username, email, password, agreement: true, locale: "en" }),
);
const unconfirmed = createRestAPIClient({ url, accessToken: signUpToken.accessToken });
await step("unconfirmed member cannot write (403)", async () => {
  try {
    await unconfirmed.v1.statuses.create({ status: "too early" });
  } catch (error) {
    check(error.statusCode === 403, `expected 403, got ${error.statusCode}`);
    return;
  }
  throw new Error("an unconfirmed member could post");
});

const browser = new Browser();
await step("confirm the email address (link from the mail)", async () => {
  const token = confirmationToken(email);
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
const code = await step("GET /oauth/authorize + login + consent (PKCE, out-of-band)", async () => {
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

const userToken = await step("POST /oauth/token (authorization_code + PKCE)", async () =>
  oauth.token.create({
    grantType: "authorization_code",
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri: OOB,
    code,
    codeVerifier: verifier,
  }),
);
const member = createRestAPIClient({ url, accessToken: userToken.accessToken });

await optional("GET /api/v1/accounts/verify_credentials", async () => {
  const me = await member.v1.accounts.verifyCredentials();
  check(me.username === username, `verify_credentials says ${me.username}`);
});
await step("GET /api/v1/notifications with the token", async () => {
  const notifications = await member.v1.notifications.list();
  check(Array.isArray(notifications), "notifications are not a list");
});

const tag = `swconf${suffix}`;
const status = await optional("POST /api/v1/statuses (with a hashtag)", async () =>
  member.v1.statuses.create({ status: `Hello from masto.js #${tag}`, visibility: "public" }),
);
if (status) {
  await optional("GET /api/v1/timelines/home", async () => {
    const home = await member.v1.timelines.home.list();
    check(home.some((s) => s.id === status.id), "the new status is not in the home timeline");
  });
  await optional("GET /api/v1/timelines/public", async () => {
    const local = await member.v1.timelines.public.list({ local: true });
    check(local.some((s) => s.id === status.id), "the new status is not in the public timeline");
  });
  await optional(`GET /api/v1/timelines/tag/${tag}`, async () => {
    const tagged = await member.v1.timelines.tag.$select(tag).list();
    check(tagged.some((s) => s.id === status.id), "the new status is not in its hashtag timeline");
  });
  await optional("POST /api/v1/statuses/:id/favourite", async () => {
    const favourited = await member.v1.statuses.$select(status.id).favourite();
    check(favourited.favourited === true, "the status is not favourited");
  });
  await optional("POST /api/v1/statuses (reply)", async () => {
    const reply = await member.v1.statuses.create({ status: "A reply", inReplyToId: status.id });
    check(reply.inReplyToId === status.id, "the reply does not point to its status");
  });
}

/** The first event of a subscription, or a failure after a while (a missing event would hang forever). */
async function firstEvent(subscription, millis) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no streaming event within ${millis} ms`)), millis);
  });
  try {
    const next = await Promise.race([subscription.values().next(), timeout]);
    return next.value;
  } finally {
    clearTimeout(timer);
  }
}

await step("GET /api/v1/streaming/health", async () => {
  const response = await fetch(`${url}/api/v1/streaming/health`);
  check(response.status === 200 && (await response.text()) === "OK", `health answered ${response.status}`);
});
await step("WebSocket /api/v1/streaming: hashtag stream (token as the protocol)", async () => {
  const streaming = createStreamingAPIClient({
    streamingApiUrl: instance.configuration.urls.streaming,
    accessToken: userToken.accessToken,
    retry: false,
  });
  try {
    const streamTag = `swstream${suffix}`;
    const subscription = streaming.hashtag.subscribe({ tag: streamTag });
    const event = firstEvent(subscription, 15000);
    // The subscription is sent once the socket is open; a post before that would not be streamed.
    await streaming.prepare();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const posted = await member.v1.statuses.create({ status: `Streamed #${streamTag}`, visibility: "public" });
    const received = await event;
    check(received.event === "update", `expected an update, got ${received.event}`);
    check(received.payload.id === posted.id, `streamed status ${received.payload.id}, posted ${posted.id}`);
  } finally {
    streaming.close();
  }
});

await step("POST /oauth/revoke, then the token is refused", async () => {
  await oauth.revoke({ clientId: app.clientId, clientSecret: app.clientSecret, token: userToken.accessToken });
  try {
    await member.v1.notifications.list();
  } catch (error) {
    check(error.statusCode === 401, `expected 401, got ${error.statusCode}`);
    return;
  }
  throw new Error("a revoked token still works");
});

console.log(`\nmasto.js conformance: all steps passed (${skipped} skipped)`);
