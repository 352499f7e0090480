// dossier's optional script: small conveniences only. Every page works
// without it (the Content-Security-Policy allows this file and nothing
// inline).
(function () {
  "use strict";

  // A link to a figure (#fig-3, from the chart) opens its details.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (el && el.tagName === "DETAILS") {
      el.open = true;
      var s = el.querySelector("summary");
      if (s) s.focus();
    }
  }
  window.addEventListener("hashchange", openTarget);
  document.addEventListener("DOMContentLoaded", function () {
    openTarget();
    // A map wider than the screen scrolls to where its incidents are.
    var box = document.querySelector(".map-scroll");
    if (box && box.scrollWidth > box.clientWidth) {
      var svg = box.querySelector("svg");
      var dots = svg.querySelectorAll("circle.dot");
      var vb = svg.viewBox.baseVal;
      if (dots.length && vb && vb.width) {
        var sum = 0;
        dots.forEach(function (d) { sum += d.cx.baseVal.value; });
        var frac = (sum / dots.length - vb.x) / vb.width;
        box.scrollLeft = Math.max(0, frac * box.scrollWidth - box.clientWidth / 2);
      }
    }
    // On a narrow screen the filters start folded unless some are set.
    var f = document.querySelector("details.filters");
    if (f && window.matchMedia("(max-width: 880px)").matches) {
      var active = Array.prototype.some.call(f.querySelectorAll("input:not([type=hidden]), select"), function (i) {
        return i.tagName === "INPUT" && i.value !== "";
      });
      if (!active) f.open = false;
    }
  });
})();
