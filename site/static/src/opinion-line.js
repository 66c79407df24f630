// The opinion line: each statement's radio buttons (the form without JavaScript) become a card on a
// horizontal line, from "Should" (left) to "Shouldn't" (right). The card is a slider (role="slider",
// arrow keys, Home and End, a text value), it can be dragged, and a single click or tap on the line moves
// it there (WCAG 2.2's 2.5.7: no dragging needed). Every move checks the matching radio button, so the
// form's own "Save my placings" sends the placings exactly as it does without JavaScript.
(function () {
  "use strict";

  var UNPLACED = "Not placed yet";

  function enhance(fieldset, index) {
    var radios = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=radio]"));
    if (radios.length < 2) return;
    var legend = fieldset.querySelector("legend");
    var labels = radios.map(function (radio) {
      var label = fieldset.querySelector("label[for='" + radio.id + "']");
      return label ? label.textContent.trim() : radio.value;
    });
    var count = radios.length;

    var line = document.createElement("div");
    line.className = "pw-line";
    var textId = "pw-line-text-" + index;
    var text = document.createElement("p");
    text.className = "govuk-body govuk-!-font-weight-bold pw-line__statement";
    text.id = textId;
    text.textContent = legend ? legend.textContent.trim() : "";
    var track = document.createElement("div");
    track.className = "pw-line__track";
    for (var i = 0; i < count; i += 1) {
      var tick = document.createElement("span");
      tick.className = "pw-line__tick pw-line__at-" + (i + 1) + "-of-" + count;
      tick.setAttribute("aria-hidden", "true");
      track.appendChild(tick);
    }
    var card = document.createElement("div");
    card.className = "pw-line__card";
    card.tabIndex = 0;
    card.setAttribute("role", "slider");
    card.setAttribute("aria-labelledby", textId);
    card.setAttribute("aria-valuemin", "1");
    card.setAttribute("aria-valuemax", String(count));
    card.setAttribute("aria-orientation", "horizontal");
    card.setAttribute("data-statement", radios[0].name);
    track.appendChild(card);
    var ends = document.createElement("div");
    ends.className = "pw-line__ends govuk-body-s";
    ends.setAttribute("aria-hidden", "true");
    var left = document.createElement("span");
    left.textContent = labels[0];
    var right = document.createElement("span");
    right.textContent = labels[count - 1];
    ends.append(left, right);
    line.append(text, track, ends);
    fieldset.parentNode.insertBefore(line, fieldset);
    fieldset.hidden = true;

    function current() {
      for (var j = 0; j < count; j += 1) if (radios[j].checked) return j + 1;
      return 0;
    }

    function show(value) {
      for (var j = 1; j <= count; j += 1) card.classList.remove("pw-line__at-" + j + "-of-" + count);
      card.classList.remove("pw-line__card--unplaced");
      card.style.removeProperty("left");
      if (value) {
        card.classList.add("pw-line__at-" + value + "-of-" + count);
        card.setAttribute("aria-valuenow", String(value));
        card.setAttribute("aria-valuetext", labels[value - 1]);
        card.textContent = labels[value - 1];
      } else {
        card.classList.add("pw-line__card--unplaced", "pw-line__at-" + Math.ceil(count / 2) + "-of-" + count);
        card.setAttribute("aria-valuenow", String(Math.ceil(count / 2)));
        card.setAttribute("aria-valuetext", UNPLACED);
        card.textContent = UNPLACED;
      }
    }

    function set(value) {
      value = Math.max(1, Math.min(count, value));
      radios[value - 1].checked = true;
      show(value);
    }

    function nearest(clientX) {
      var box = track.getBoundingClientRect();
      var fraction = Math.max(0, Math.min(1, (clientX - box.left) / box.width));
      return { fraction: fraction, value: Math.round(fraction * (count - 1)) + 1 };
    }

    card.addEventListener("keydown", function (event) {
      var value = current() || Math.ceil(count / 2);
      var next = null;
      if (event.key === "ArrowRight" || event.key === "ArrowUp") next = current() ? value + 1 : value;
      else if (event.key === "ArrowLeft" || event.key === "ArrowDown") next = current() ? value - 1 : value;
      else if (event.key === "Home") next = 1;
      else if (event.key === "End") next = count;
      if (next === null) return;
      event.preventDefault();
      set(next);
    });

    // A single click or tap anywhere on the line places the card there: no dragging needed.
    track.addEventListener("click", function (event) {
      if (event.target === card) return;
      set(nearest(event.clientX).value);
      card.focus();
    });

    var dragging = false;
    card.addEventListener("pointerdown", function (event) {
      dragging = true;
      card.setPointerCapture(event.pointerId);
      card.classList.add("pw-line__card--dragging");
      event.preventDefault();
      card.focus();
    });
    card.addEventListener("pointermove", function (event) {
      if (!dragging) return;
      // Positioning through the CSS object model is allowed by the strict CSP (no style attribute is parsed).
      card.style.left = nearest(event.clientX).fraction * 100 + "%";
    });
    function drop(event) {
      if (!dragging) return;
      dragging = false;
      card.classList.remove("pw-line__card--dragging");
      set(nearest(event.clientX).value);
    }
    card.addEventListener("pointerup", drop);
    card.addEventListener("pointercancel", function () {
      dragging = false;
      card.classList.remove("pw-line__card--dragging");
      show(current());
    });

    show(current());
  }

  function start() {
    document.querySelectorAll("form[data-opinion-line]").forEach(function (form) {
      form.querySelectorAll("fieldset").forEach(enhance);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
