// Suggests members to mention in the reply box, with GOV.UK's accessible-autocomplete. Choosing a name
// inserts "@handle " into the reply at the cursor. Without JavaScript members type @handle themselves
// (the reply box's hint says how), so this only adds a convenience.
(function () {
  "use strict";

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (character) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[character];
    });
  }

  function insertAtCursor(textarea, text) {
    var start = textarea.selectionStart || 0;
    var end = textarea.selectionEnd || start;
    var before = textarea.value.slice(0, start);
    var spacer = before && !/\s$/.test(before) ? " " : "";
    textarea.value = before + spacer + text + textarea.value.slice(end);
    var caret = (before + spacer + text).length;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }

  function enhance(holder) {
    var textarea = document.getElementById(holder.getAttribute("data-target"));
    if (!textarea || typeof window.accessibleAutocomplete !== "function") return;
    var id = holder.getAttribute("data-target") + "-mention";
    var label = document.createElement("label");
    label.className = "govuk-label";
    label.htmlFor = id;
    label.textContent = "Mention someone (optional)";
    var hint = document.createElement("div");
    hint.className = "govuk-hint";
    hint.id = id + "-hint";
    hint.textContent = "Type the start of their name or email address, then choose them to add @name to your reply.";
    var box = document.createElement("div");
    holder.append(label, hint, box);
    var latest = 0;
    window.accessibleAutocomplete({
      element: box,
      id: id,
      minLength: 2,
      displayMenu: "overlay",
      confirmOnBlur: false,
      tNoResults: function () { return "No members found"; },
      source: function (query, populate) {
        var ticket = ++latest;
        fetch(holder.getAttribute("data-source") + "?q=" + encodeURIComponent(query), {
          credentials: "same-origin",
          headers: { Accept: "application/json" },
        })
          .then(function (response) { return response.ok ? response.json() : { members: [] }; })
          .then(function (data) { if (ticket === latest) populate(data.members || []); })
          .catch(function () { if (ticket === latest) populate([]); });
      },
      templates: {
        inputValue: function (member) { return member ? "@" + member.handle : ""; },
        suggestion: function (member) {
          if (typeof member === "string") return escapeHtml(member);
          return escapeHtml(member.name) + " (@" + escapeHtml(member.handle) + ")";
        },
      },
      onConfirm: function (member) {
        if (!member) return;
        insertAtCursor(textarea, "@" + member.handle + " ");
      },
    });
    var input = document.getElementById(id);
    if (input) input.setAttribute("aria-describedby", hint.id);
  }

  document.querySelectorAll("[data-postwise-mentions]").forEach(enhance);
})();
