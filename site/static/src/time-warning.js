// The quiz attempt's time warning (WCAG 2.2.1). When the last 2 minutes of a timed attempt begin, the
// message goes into a polite live region: screen readers announce it when they next pause, and the
// focus stays where the member is. The seconds left are counted by the server when it sent the page,
// so a wrong clock on the member's computer does not matter. Without JavaScript, the deadline printed
// above the questions still says when to submit, and the server enforces it either way.
(function () {
  "use strict";

  // A short pause even when the page opens inside the last 2 minutes, so that screen readers have met
  // the empty live region before its text arrives (a region filled as the page loads is not announced).
  var SETTLE_MS = 500;

  function watch(region) {
    var secondsLeft = Number(region.getAttribute("data-seconds-left"));
    var warnSeconds = Number(region.getAttribute("data-warn-seconds"));
    if (!isFinite(secondsLeft) || !isFinite(warnSeconds) || secondsLeft <= 0) return;
    var wait = Math.max((secondsLeft - warnSeconds) * 1000, SETTLE_MS);
    window.setTimeout(function () {
      region.classList.add("postwise-time-warning--shown");
      region.textContent = region.getAttribute("data-message");
    }, wait);
  }

  document.querySelectorAll("[data-postwise-time-warning]").forEach(watch);
})();
