// Confidentiality guard, as progressive enhancement: without this file a form still submits, and
// the server checks the text again when it is published.
//
// For every <textarea data-confidentiality-check>, the text is sent to the check endpoint a moment
// after the author stops typing, and what may identify a client is listed after the textarea in a
// polite live region: each passage quoted, with the reason. If the enclosing form is submitted
// while findings remain, the submit is held back until the author edits the text or presses
// "I checked: nothing here identifies a client", which sets the form's hidden input
// confidentiality_confirmed to "true" and submits.
//
// Optional attributes on the textarea (templates fill them from messages.properties,
// confidentiality.ui.*): data-confidentiality-url (default /api/v1/confidentiality/check, set it
// with @{...} under a context path), data-confidentiality-heading (with {0} for the count),
// data-confidentiality-hint, data-confidentiality-confirm, data-confidentiality-unavailable.
(() => {
  "use strict";

  const DEBOUNCE_MS = 600;
  const MAX_EXCERPT = 80;
  const CONFIRMED_INPUT = "confidentiality_confirmed";
  const TEXTS = {
    heading: "Before you publish: {0} passage(s) may identify a client.",
    hint: "Edit the text, or confirm that nothing in it identifies a client.",
    confirm: "I checked: nothing here identifies a client",
    unavailable:
      "The confidentiality check is not available right now. Please read your text once more before you publish.",
  };

  // The state of each guarded textarea: the text last checked and what was found in it.
  const guarded = new Map();
  let regionCount = 0;

  function text(textarea, name) {
    const key = "confidentiality" + name.charAt(0).toUpperCase() + name.slice(1);
    return textarea.dataset[key] || TEXTS[name];
  }

  function csrfHeaders() {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function confirmedInput(form) {
    let input = form.querySelector('input[name="' + CONFIRMED_INPUT + '"]');
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = CONFIRMED_INPUT;
      form.appendChild(input);
    }
    return input;
  }

  function excerpt(value, finding) {
    const passage = value.slice(finding.start, finding.end);
    return passage.length > MAX_EXCERPT ? passage.slice(0, MAX_EXCERPT - 1) + "…" : passage;
  }

  // Everything is built with textContent: the findings quote the author's own text.
  function render(state) {
    const { textarea, region } = state;
    region.replaceChildren();
    region.classList.remove("form-errors");
    if (state.failed) {
      const note = document.createElement("p");
      note.className = "hint";
      note.textContent = text(textarea, "unavailable");
      region.appendChild(note);
      return;
    }
    if (state.findings.length === 0) {
      return;
    }
    region.classList.add("form-errors");
    const heading = document.createElement("p");
    heading.className = "error";
    heading.textContent = text(textarea, "heading").replace("{0}", String(state.findings.length));
    const list = document.createElement("ul");
    for (const finding of state.findings) {
      const item = document.createElement("li");
      const quote = document.createElement("q");
      quote.textContent = excerpt(state.checkedText, finding);
      item.append(quote, " — " + finding.message);
      list.appendChild(item);
    }
    const hint = document.createElement("p");
    hint.className = "hint";
    hint.textContent = text(textarea, "hint");
    region.append(heading, list, hint);
  }

  function showConfirm(state, submitter) {
    const form = state.textarea.form;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "confidentiality-confirm";
    button.textContent = text(state.textarea, "confirm");
    button.addEventListener("click", () => {
      confirmedInput(form).value = "true";
      submit(form, submitter);
    });
    state.region.appendChild(button);
    button.focus();
  }

  function submit(form, submitter) {
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    } else {
      form.submit();
    }
  }

  async function check(state) {
    const value = state.textarea.value;
    if (state.controller) {
      state.controller.abort();
    }
    if (value.trim() === "") {
      Object.assign(state, { checkedText: value, findings: [], failed: false, controller: null });
      render(state);
      return;
    }
    const controller = new AbortController();
    state.controller = controller;
    try {
      const response = await fetch(state.url, {
        method: "POST",
        credentials: "same-origin",
        headers: csrfHeaders(),
        body: JSON.stringify({ text: value }),
        signal: controller.signal,
      });
      if (!response.ok) {
        throw new Error("The check answered " + response.status);
      }
      const body = await response.json();
      Object.assign(state, { checkedText: value, findings: body.findings || [], failed: false });
    } catch (error) {
      if (error.name === "AbortError") {
        return;
      }
      // The server checks again on publish, so a failed check informs but never blocks.
      Object.assign(state, { checkedText: value, findings: [], failed: true });
    } finally {
      if (state.controller === controller) {
        state.controller = null;
      }
    }
    render(state);
  }

  function guard(textarea) {
    if (guarded.has(textarea)) {
      return;
    }
    const region = document.createElement("div");
    region.id = "confidentiality-findings-" + ++regionCount;
    region.className = "confidentiality-findings";
    region.setAttribute("aria-live", "polite");
    textarea.after(region);
    const described = textarea.getAttribute("aria-describedby");
    textarea.setAttribute("aria-describedby", described ? described + " " + region.id : region.id);

    const state = {
      textarea,
      region,
      url: textarea.dataset.confidentialityUrl || "/api/v1/confidentiality/check",
      checkedText: null,
      findings: [],
      failed: false,
      controller: null,
      timer: null,
    };
    guarded.set(textarea, state);

    textarea.addEventListener("input", () => {
      // A confirmation covers the text the author read; an edit needs a new look.
      if (textarea.form) {
        confirmedInput(textarea.form).value = "";
      }
      clearTimeout(state.timer);
      state.timer = setTimeout(() => check(state), DEBOUNCE_MS);
    });
    if (textarea.value.trim() !== "") {
      check(state);
    }
  }

  async function onSubmit(event) {
    const form = event.target;
    const states = [...guarded.values()].filter((state) => state.textarea.form === form);
    if (states.length === 0 || confirmedInput(form).value === "true") {
      return;
    }
    const stale = states.filter((state) => state.checkedText !== state.textarea.value);
    if (stale.length > 0) {
      // Check what the author typed in the last moments before letting the form go.
      event.preventDefault();
      for (const state of stale) {
        clearTimeout(state.timer);
        await check(state);
        // A check that failed or was overtaken marks the text as checked, so the form is not held back twice.
        state.checkedText = state.textarea.value;
      }
      submit(form, event.submitter);
      return;
    }
    const flagged = states.find((state) => state.findings.length > 0);
    if (!flagged) {
      return;
    }
    event.preventDefault();
    render(flagged);
    showConfirm(flagged, event.submitter);
  }

  function start() {
    document.querySelectorAll("textarea[data-confidentiality-check]").forEach(guard);
    document.addEventListener("submit", onSubmit);
    // Forms that htmx swaps in later are guarded too.
    document.addEventListener("htmx:load", (event) => {
      const root = event.target;
      if (root.matches && root.matches("textarea[data-confidentiality-check]")) {
        guard(root);
      }
      if (root.querySelectorAll) {
        root.querySelectorAll("textarea[data-confidentiality-check]").forEach(guard);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
