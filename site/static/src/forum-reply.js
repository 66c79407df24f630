// The reply box on a forum topic, improved when JavaScript runs (everything works without it):
// - an unsent reply is kept in this browser's localStorage, per member and topic, restored after a reload and
//   cleared once the reply is posted;
// - "Quote" puts the passage selected in that post (or the whole post) into the reply as a Markdown
//   blockquote, without leaving the page. Without JavaScript the same link reloads the page with the post
//   quoted by the server.
// The quote is plain text in a textarea: the server renders and sanitises it like anything typed.
(function () {
  "use strict";

  var form = document.querySelector("form[data-reply-draft]");
  if (!form) return;
  var textarea = form.querySelector("textarea[name='body']");
  if (!textarea) return;
  var storageKey = form.getAttribute("data-reply-draft");
  var keyInput = form.querySelector("input[name='submission_key']");
  var pageKey = keyInput ? keyInput.value : "";
  var notice = document.querySelector("[data-draft-notice]");

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "null");
    } catch (error) {
      return null;
    }
  }

  function write(draft) {
    try {
      if (draft && draft.text) {
        window.localStorage.setItem(storageKey, JSON.stringify(draft));
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch (error) {
      // Storage full or switched off: the reply still posts, it just is not kept.
    }
  }

  function save() {
    write({ text: textarea.value });
  }

  // Each reply form carries a one-time submission key. A draft sent with a key that is no longer this page's
  // was posted (the server gave this page a new form), so it goes; the same key means the form came back
  // (an error or a preview), and the draft stays.
  var stored = read();
  if (stored && stored.sentWith && stored.sentWith !== pageKey) {
    write(null);
  } else if (stored && stored.text && stored.text !== textarea.value) {
    if (textarea.value.trim() && stored.text.indexOf(textarea.value.trim()) === -1) {
      // The server filled the box (a quote opened in a new tab): keep the draft first, the quote after it.
      textarea.value = stored.text.replace(/\s*$/, "\n\n") + textarea.value;
    } else {
      textarea.value = stored.text;
    }
    save();
    if (notice) notice.hidden = false;
  }

  textarea.addEventListener("input", save);

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.name === "preview") {
      save();
      return;
    }
    write({ text: textarea.value, sentWith: pageKey });
  });

  if (notice) {
    var discard = notice.querySelector("button");
    if (discard) {
      discard.addEventListener("click", function () {
        write(null);
        textarea.value = "";
        notice.hidden = true;
        textarea.focus();
      });
    }
  }

  // Quoting ------------------------------------------------------------------------------------------------

  function escapeMarkdown(text) {
    return String(text).replace(/[\\`*_{}[\]()<>#+!|~>-]/g, "\\$&");
  }

  function quoteOf(text, name) {
    var lines = text.replace(/\r\n?/g, "\n").trim().split("\n");
    var body = lines
      .map(function (line) {
        return line.trim() ? "> " + line : ">";
      })
      .join("\n");
    return escapeMarkdown(name) + " wrote:\n\n" + body + "\n\n";
  }

  function bodyOf(postId) {
    var post = document.getElementById("post-" + postId);
    return post ? post.querySelector(".postwise-post-body") : null;
  }

  // The text selected inside a post's body, or "" (a selection that strays outside the post does not count).
  function selectedIn(body) {
    var selection = window.getSelection();
    if (!body || !selection || selection.isCollapsed || selection.rangeCount === 0) return "";
    var range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return "";
    return selection.toString();
  }

  // A pointer press can clear the selection before the click, so it is read at the press.
  var pressed = { postId: null, text: "" };

  function insertQuote(quote) {
    var before = textarea.value.replace(/\s*$/, "");
    textarea.value = (before ? before + "\n\n" : "") + quote;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    save();
  }

  document.querySelectorAll("a[data-quote]").forEach(function (link) {
    var postId = link.getAttribute("data-quote");
    link.addEventListener("pointerdown", function () {
      pressed = { postId: postId, text: selectedIn(bodyOf(postId)) };
    });
    link.addEventListener("click", function (event) {
      var body = bodyOf(postId);
      if (!body) return; // follow the link: the server quotes the post
      event.preventDefault();
      var text = selectedIn(body) || (pressed.postId === postId ? pressed.text : "") || body.innerText;
      pressed = { postId: null, text: "" };
      insertQuote(quoteOf(text, link.getAttribute("data-quote-author") || ""));
    });
  });
})();
