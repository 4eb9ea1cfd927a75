// Live chat, as progressive enhancement: without this file the conversation page still works
// (forms post and redirect, history pages by link). With it, the page connects to the STOMP
// endpoint over a WebSocket and
//   - shows new, edited and deleted messages without a reload (the list is a polite live region),
//   - shows who is typing and who has seen the latest message,
//   - sends messages without a reload (image uploads still use the normal form),
//   - updates the unread count in the navigation,
//   - reconnects after a drop and fetches what it missed by cursor (since_id).
// The STOMP client is a small one written for this page: CONNECT, SUBSCRIBE, SEND and heart-beats
// are all it needs. Everything it shows is built with textContent, except the message HTML, which
// the server rendered from Markdown and sanitized.
(() => {
  "use strict";

  const root = document.getElementById("chat");
  if (!root || !window.WebSocket) {
    return;
  }

  const data = root.dataset;
  const conversationId = data.conversationId;
  const me = data.me;
  const apiUrl = data.apiUrl;
  const live = data.live === "true";
  const list = document.getElementById("chat-messages");
  const form = document.getElementById("chat-form");
  const textarea = document.getElementById("chat-text");
  const typingLine = document.getElementById("chat-typing");
  const seenLine = document.getElementById("chat-seen");
  const statusLine = document.getElementById("chat-status");
  const TYPING_EVERY_MS = 3000;
  const TYPING_SHOWN_MS = 5000;
  const CLIENT_HEARTBEAT_MS = 10000;

  let lastMessageId = Number(data.lastMessageId || 0);
  let socket = null;
  let connected = false;
  let retryDelay = 1000;
  let heartbeatTimer = null;
  let watchdogTimer = null;
  let lastReceived = 0;
  let lastTypingSent = 0;
  let typingTimer = null;
  let wasDisconnected = false;

  // ---- a minimal STOMP 1.2 client

  function frame(command, headers, body) {
    let text = command + "\n";
    for (const [name, value] of Object.entries(headers)) {
      text += name + ":" + value + "\n";
    }
    return text + "\n" + (body || "") + "\0";
  }

  function send(destination, payload) {
    if (connected) {
      socket.send(
        frame("SEND", { destination: destination, "content-type": "application/json" }, JSON.stringify(payload)),
      );
    }
  }

  function parseFrames(raw) {
    const frames = [];
    for (let chunk of raw.split("\0")) {
      chunk = chunk.replace(/^[\r\n]+/, "");
      if (chunk === "") {
        continue;
      }
      const split = chunk.indexOf("\n\n");
      const head = (split < 0 ? chunk : chunk.slice(0, split)).split("\n");
      const headers = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0 && !(line.slice(0, colon) in headers)) {
          headers[line.slice(0, colon)] = line.slice(colon + 1);
        }
      }
      frames.push({ command: head[0].trim(), headers, body: split < 0 ? "" : chunk.slice(split + 2) });
    }
    return frames;
  }

  function connect() {
    const url = new URL(data.wsUrl, window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(url.toString(), ["v12.stomp"]);
    socket.onopen = () => {
      socket.send(
        frame("CONNECT", {
          "accept-version": "1.2",
          host: window.location.hostname,
          "heart-beat": CLIENT_HEARTBEAT_MS + "," + CLIENT_HEARTBEAT_MS,
        }),
      );
    };
    socket.onmessage = (event) => {
      lastReceived = Date.now();
      for (const received of parseFrames(String(event.data))) {
        onFrame(received);
      }
    };
    socket.onclose = () => {
      connected = false;
      clearInterval(heartbeatTimer);
      clearInterval(watchdogTimer);
      setStatus(data.textOffline);
      wasDisconnected = true;
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    };
  }

  function onFrame(received) {
    if (received.command === "CONNECTED") {
      connected = true;
      retryDelay = 1000;
      startHeartbeats(received.headers["heart-beat"]);
      socket.send(frame("SUBSCRIBE", { id: "chat-events", destination: "/user/topic/chat" }));
      setStatus(data.textLive);
      if (wasDisconnected) {
        catchUp();
        refreshBadge();
      }
      return;
    }
    if (received.command === "MESSAGE") {
      try {
        onEvent(JSON.parse(received.body));
      } catch (error) {
        // A malformed event is skipped; the next page load shows the truth.
      }
      return;
    }
    if (received.command === "ERROR") {
      socket.close();
    }
  }

  function startHeartbeats(header) {
    const [serverSends, serverWants] = (header || "0,0").split(",").map(Number);
    if (serverWants > 0) {
      const every = Math.max(CLIENT_HEARTBEAT_MS, serverWants);
      heartbeatTimer = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send("\n"), every);
    }
    if (serverSends > 0) {
      const expected = Math.max(CLIENT_HEARTBEAT_MS, serverSends);
      lastReceived = Date.now();
      watchdogTimer = setInterval(() => {
        if (Date.now() - lastReceived > expected * 2.5) {
          socket.close(); // Silent too long: the network dropped; reconnect.
        }
      }, expected);
    }
  }

  // ---- events

  function onEvent(event) {
    const mine = event.conversation_id === conversationId;
    switch (event.type) {
      case "message":
        if (mine && live) {
          addMessage(event.message);
          clearTyping();
          if (event.message.sender.id !== me) {
            markSeen();
            ding();
          }
        } else if (event.message.sender.id !== me) {
          refreshBadge();
          ding();
        }
        break;
      case "edited":
      case "deleted":
        if (mine) {
          replaceMessage(event.message);
        }
        break;
      case "typing":
        if (mine) {
          showTyping(event.account.display_name);
        }
        break;
      case "read":
        if (mine) {
          const person = root.querySelector('.chat-participants [data-account-id="' + event.account_id + '"]');
          if (person) {
            person.dataset.lastRead = event.last_read_message_id;
          }
          updateSeen();
        }
        if (event.account_id === me) {
          refreshBadge();
        }
        break;
      case "error":
      case "held_back":
        setStatus(event.error);
        break;
      default:
        refreshBadge();
    }
  }

  function setStatus(text) {
    if (statusLine && text) {
      statusLine.textContent = text;
    }
  }

  function format(template, value) {
    return (template || "{0}").replace("{0}", value);
  }

  function timeText(iso) {
    const date = new Date(iso);
    const pad = (n) => String(n).padStart(2, "0");
    return (
      date.getUTCFullYear() + "-" + pad(date.getUTCMonth() + 1) + "-" + pad(date.getUTCDate()) + " " +
      pad(date.getUTCHours()) + ":" + pad(date.getUTCMinutes()) + " UTC"
    );
  }

  function csrf() {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  function renderMessage(message) {
    const item = document.createElement("li");
    item.id = "message-" + message.id;
    item.className = "chat-message " + (message.sender.id === me ? "is-mine" : "is-theirs");
    item.dataset.messageId = message.id;
    item.dataset.senderId = message.sender.id;
    fillMessage(item, message);
    return item;
  }

  function fillMessage(item, message) {
    item.replaceChildren();
    const meta = document.createElement("p");
    meta.className = "chat-meta";
    const name = document.createElement("strong");
    name.textContent = message.sender.display_name;
    const time = document.createElement("time");
    time.dateTime = message.created_at;
    time.textContent = timeText(message.created_at);
    meta.append(name, " ", time);
    if (message.edited_at && !message.deleted) {
      const edited = document.createElement("span");
      edited.className = "muted chat-edited";
      edited.textContent = " " + data.textEdited;
      meta.append(edited);
    }
    item.append(meta);
    if (message.deleted) {
      const gone = document.createElement("p");
      gone.className = "chat-deleted muted";
      gone.textContent = data.textDeleted;
      item.append(gone);
      return;
    }
    const body = document.createElement("div");
    body.className = "chat-body";
    body.innerHTML = message.html; // Rendered from Markdown and sanitized by the server.
    item.append(body);
    if (message.image) {
      const figure = document.createElement("p");
      figure.className = "chat-image";
      const link = document.createElement("a");
      link.href = message.image.url;
      const image = document.createElement("img");
      image.src = message.image.url;
      image.alt = message.image.alt_text;
      image.width = message.image.width;
      image.height = message.image.height;
      link.append(image);
      figure.append(link);
      item.append(figure);
    }
    if (message.sender.id === me) {
      item.append(ownActions(message));
    }
  }

  function ownActions(message) {
    const actions = document.createElement("div");
    actions.className = "chat-message-actions";
    const base = data.pageUrl + "/" + conversationId + "/messages/" + message.id;
    const editable = Date.parse(message.created_at) + Number(data.editWindowMinutes) * 60000 > Date.now();
    if (editable) {
      const edit = document.createElement("a");
      edit.href = base + "/edit";
      edit.textContent = data.textEdit;
      actions.append(edit, " ");
    }
    const remove = document.createElement("form");
    remove.method = "post";
    remove.action = base + "/delete";
    remove.className = "inline-form";
    const token = csrf();
    if (token) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = "_csrf";
      input.value = token.token;
      remove.append(input);
    }
    const button = document.createElement("button");
    button.type = "submit";
    button.className = "link-button";
    button.textContent = data.textDelete;
    remove.append(button);
    actions.append(remove);
    return actions;
  }

  function addMessage(message) {
    if (document.getElementById("message-" + message.id)) {
      return;
    }
    const empty = document.getElementById("chat-empty");
    if (empty) {
      empty.remove();
    }
    list.append(renderMessage(message));
    lastMessageId = Math.max(lastMessageId, Number(message.id));
    updateSeen();
  }

  function replaceMessage(message) {
    const item = document.getElementById("message-" + message.id);
    if (item) {
      fillMessage(item, message);
    }
  }

  function updateSeen() {
    if (!seenLine) {
      return;
    }
    const names = [];
    root.querySelectorAll(".chat-participants [data-account-id]").forEach((person) => {
      if (person.dataset.accountId !== me && lastMessageId > 0 && Number(person.dataset.lastRead) >= lastMessageId) {
        names.push(person.dataset.name);
      }
    });
    seenLine.textContent = names.length === 0 ? "" : format(data.textSeen, names.join(", "));
  }

  function showTyping(name) {
    typingLine.textContent = format(data.textTyping, name);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(clearTyping, TYPING_SHOWN_MS);
  }

  function clearTyping() {
    clearTimeout(typingTimer);
    typingLine.textContent = "";
  }

  function markSeen() {
    if (document.visibilityState === "visible" && lastMessageId > 0) {
      send("/app/chat.read", { conversation_id: conversationId, message_id: String(lastMessageId) });
    }
  }

  // Only when the member chose it (off by default): a short, quiet tone, no audio file needed.
  function ding() {
    if (data.sound !== "true" || !window.AudioContext) {
      return;
    }
    try {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = 660;
      volume.gain.value = 0.05;
      tone.connect(volume).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.15);
    } catch (error) {
      // Sound is a nicety.
    }
  }

  function refreshBadge() {
    const poller = document.querySelector('.nav-badge-poller[hx-get^="' + data.badgeUrl + '"]');
    if (poller && window.htmx) {
      window.htmx.ajax("GET", poller.getAttribute("hx-get"), { target: poller, swap: "outerHTML" });
    }
  }

  // After a reconnect: every message newer than the last one shown, page by page.
  async function catchUp() {
    if (!live) {
      return;
    }
    for (let pages = 0; pages < 20; pages++) {
      const response = await fetch(
        apiUrl + "/conversations/" + conversationId + "/messages?limit=100&since_id=" + lastMessageId,
        { credentials: "same-origin", headers: { Accept: "application/json" } },
      );
      if (!response.ok) {
        return;
      }
      const body = await response.json();
      body.messages.forEach(addMessage);
      if (body.messages.length < 100) {
        break;
      }
    }
    markSeen();
  }

  // ---- sending

  async function onSubmit(event) {
    if (event.target !== form || event.defaultPrevented || !connected) {
      return; // Not connected: the form posts the normal way.
    }
    const file = form.querySelector('input[type="file"]');
    if (file && file.files && file.files.length > 0) {
      return; // Images go with the normal form post.
    }
    const text = textarea.value.trim();
    if (text === "") {
      return;
    }
    event.preventDefault();
    const confirmed = form.querySelector('input[name="confidentiality_confirmed"]:checked, input[type="hidden"][name="confidentiality_confirmed"]');
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    const token = csrf();
    if (token) {
      headers[token.header] = token.token;
    }
    try {
      const response = await fetch(apiUrl + "/conversations/" + conversationId + "/messages", {
        method: "POST",
        credentials: "same-origin",
        headers,
        body: JSON.stringify({ text, confidentiality_confirmed: confirmed !== null && confirmed.value === "true" }),
      });
      if (!response.ok) {
        form.submit(); // The server's page explains the refusal (findings, a block, a setting).
        return;
      }
      addMessage(await response.json());
      textarea.value = "";
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      form.querySelectorAll('input[name="confidentiality_confirmed"]').forEach((input) => {
        if (input.type === "hidden") {
          input.value = "false";
        }
      });
      textarea.focus();
    } catch (error) {
      form.submit();
    }
  }

  function onTyping() {
    const now = Date.now();
    if (now - lastTypingSent > TYPING_EVERY_MS && textarea.value.trim() !== "") {
      lastTypingSent = now;
      send("/app/chat.typing", { conversation_id: conversationId });
    }
  }

  if (form && textarea) {
    document.addEventListener("submit", onSubmit);
    textarea.addEventListener("input", onTyping);
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }
  document.addEventListener("visibilitychange", markSeen);
  connect();
})();
