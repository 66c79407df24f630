// The live workshop's projector view: every few seconds, fetch the results fragment and put it in place.
// Polling, not websockets: a plain GET that the server renders (workshops:live_results).
(function () {
  "use strict";

  function start() {
    var holder = document.querySelector("[data-live-results]");
    if (!holder) return;
    var status = document.querySelector("[data-live-status]");
    var seconds = parseInt(holder.getAttribute("data-poll-seconds"), 10) || 4;
    var url = holder.getAttribute("data-live-results");
    var busy = false;

    function refresh() {
      if (busy || document.hidden) return;
      busy = true;
      fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" }, cache: "no-store" })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          holder.innerHTML = html;
          if (status) status.textContent = "Updated at " + new Date().toLocaleTimeString("en-GB") + ".";
        })
        .catch(function () {
          if (status) status.textContent = "Could not update just now; trying again.";
        })
        .finally(function () {
          busy = false;
        });
    }

    window.setInterval(refresh, seconds * 1000);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
