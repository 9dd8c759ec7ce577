// Filters by factor and severity, and jumps between findings and the text. No network, no libraries.
(function () {
  "use strict";
  document.querySelectorAll("section.draft").forEach(function (section) {
    var form = section.querySelector("form.filters");
    var cards = Array.prototype.slice.call(section.querySelectorAll(".card"));
    var marks = Array.prototype.slice.call(section.querySelectorAll("mark.hl"));
    function checked(name) {
      var values = {};
      if (!form) return values;
      form.querySelectorAll("input[name=" + name + "]").forEach(function (box) { values[box.value] = box.checked; });
      return values;
    }
    function apply() {
      var factors = checked("factor"), severities = checked("severity"), shown = {};
      cards.forEach(function (card) {
        var visible = factors[card.dataset.factor] !== false && severities[card.dataset.severity] !== false;
        card.classList.toggle("hidden", !visible);
        if (visible) shown[card.dataset.n] = true;
      });
      marks.forEach(function (mark) {
        var on = mark.dataset.f.split(" ").some(function (n) { return shown[n]; });
        mark.classList.toggle("off", !on);
      });
    }
    function flash(element) {
      element.classList.add("flash");
      setTimeout(function () { element.classList.remove("flash"); }, 1200);
    }
    if (form) form.addEventListener("change", apply);
    section.querySelectorAll("a.jump").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        if (!target) return;
        event.preventDefault();
        target.scrollIntoView({ behavior: "smooth", block: "center" });
        var mark = target.nextElementSibling;
        if (mark && mark.tagName === "MARK") flash(mark);
      });
    });
    marks.forEach(function (mark) {
      mark.addEventListener("click", function () {
        if (mark.classList.contains("off")) return;
        var card = section.querySelector(".card[data-n='" + mark.dataset.f.split(" ")[0] + "']");
        if (card) { card.scrollIntoView({ behavior: "smooth", block: "nearest" }); flash(card); }
      });
    });
    apply();
  });
})();
