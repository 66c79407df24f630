// "Check a post before you publish": checks the draft as you type, on the same server address as the
// Check button, and puts the report in place. Without JavaScript the Check button posts the form and the
// page comes back with the report. The draft goes to our server only; it is never stored.
(function () {
  "use strict";

  var WAIT_MS = 700; // a pause in typing before checking
  var form = document.querySelector("[data-postcheck]");
  if (!form || !window.fetch || !window.FormData) return;
  var textarea = form.querySelector("textarea");
  var body = document.getElementById("postcheck-report-body");
  var announce = document.getElementById("postcheck-announce");
  if (!textarea || !body || !announce) return;
  var timer = null;
  var latest = 0;

  function send(live) {
    var data = new FormData(form);
    if (live) data.append("live", "1");
    var number = ++latest;
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Postwise-Fragment": "1" },
    })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        if (number !== latest) return; // an older answer arriving after a newer one
        body.innerHTML = html;
        var summary = body.querySelector("[data-postcheck-summary]");
        announce.textContent = summary ? summary.textContent.replace(/\s+/g, " ").trim() : "";
      })
      .catch(function () {
        announce.textContent = "The check could not reach the server. Press Check to try again.";
      });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (textarea.value.trim()) send(true);
    }, WAIT_MS);
  }

  textarea.addEventListener("input", later);
  form.addEventListener("change", function (event) {
    if (event.target !== textarea) later();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    send(false);
  });
  // Each finding links to its place in the draft: select it there.
  body.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-start]");
    if (!link) return;
    event.preventDefault();
    textarea.focus();
    textarea.setSelectionRange(Number(link.getAttribute("data-start")), Number(link.getAttribute("data-end")));
  });
})();
