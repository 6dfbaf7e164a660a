/* Permanent event addresses. An event's link names the page of its year (…/timeline/2020/#id).
   When a year grows too big for one page its entries move to month pages (and a busy month's to
   day pages); the year page then carries a map from event id to the page that now holds the
   event, and a link to an id that is not on the page is sent on there. No library, no CDN. */
(function () {
  "use strict";
  function follow() {
    var holder = document.querySelector(".chronology-anchors");
    var id = decodeURIComponent(location.hash.slice(1));
    if (!holder || !id || document.getElementById(id)) return;
    fetch(holder.getAttribute("data-map"))
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (map) {
        if (Object.prototype.hasOwnProperty.call(map, id)) {
          location.replace(holder.getAttribute("data-root") + map[id] + "#" + encodeURIComponent(id));
        }
      })
      .catch(function () { /* offline or no map: stay on the page */ });
  }
  window.addEventListener("hashchange", follow);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", follow);
  else follow();
})();
