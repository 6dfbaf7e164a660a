/* The visual timeline: events as marks in lanes (by type or by actor), agreements in force as
   shaded eras, zoom from years to days (buttons, ctrl+wheel, +/- keys) and pan (drag, arrow
   keys). Data: data/visual.json, written at build time. No library, no CDN. */
(function () {
  "use strict";
  var DAY = 86400000;
  var SVG = "http://www.w3.org/2000/svg";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var COLOURS = ["#c62828", "#ef6c00", "#6a1b9a", "#2e7d32", "#1565c0", "#00838f", "#4e342e",
                 "#ad1457", "#283593", "#558b2f", "#37474f", "#9e9d24", "#d84315", "#00695c", "#5d4037"];

  function day(iso) { var p = iso.split("-").map(Number); return Date.UTC(p[0], p[1] - 1, p[2]); }
  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function Timeline(root, data) {
    this.root = root;
    this.base = root.getAttribute("data-base") || "";  // links in the data are relative to the site root
    this.events = data.events.map(function (e) {
      return Object.assign({}, e, { t0: day(e.start), t1: day(e.end) + DAY });
    });
    this.eras = data.eras.map(function (e) { return Object.assign({}, e, { t0: day(e.start), t1: day(e.end) + DAY }); });
    var all = this.events.concat(this.eras);
    var min = Math.min.apply(null, all.map(function (e) { return e.t0; }));
    var max = Math.max.apply(null, all.map(function (e) { return e.t1; }));
    var pad = Math.max((max - min) * 0.03, 15 * DAY);
    this.full = [min - pad, max + pad];
    this.domain = this.full.slice();
    this.groupBy = "type";
    this.build();
    this.draw();
  }

  Timeline.prototype.build = function () {
    var self = this;
    this.root.innerHTML = "";
    var bar = document.createElement("div");
    bar.className = "chronology-timeline__controls";
    bar.innerHTML =
      '<label>Lanes <select aria-label="Group events by"><option value="type">by event type</option>' +
      '<option value="actor">by actor</option></select></label> ' +
      '<button type="button" data-zoom="in" aria-label="Zoom in">+</button>' +
      '<button type="button" data-zoom="out" aria-label="Zoom out">&minus;</button>' +
      '<button type="button" data-zoom="reset">Whole period</button>' +
      '<span class="chronology-timeline__range" aria-live="polite"></span>';
    this.root.appendChild(bar);
    bar.querySelector("select").addEventListener("change", function (ev) { self.groupBy = ev.target.value; self.draw(); });
    bar.querySelectorAll("button").forEach(function (b) {
      b.addEventListener("click", function () {
        var z = b.getAttribute("data-zoom");
        if (z === "reset") self.setDomain(self.full[0], self.full[1]);
        else self.zoom(z === "in" ? 0.5 : 2, 0.5);
      });
    });
    this.svg = el("svg", { role: "group", "aria-label": "Timeline of events: + and - zoom, arrow keys move", tabindex: "0", class: "chronology-timeline__svg" });
    this.root.appendChild(this.svg);
    this.svg.addEventListener("wheel", function (ev) {
      if (!ev.ctrlKey && !ev.metaKey) return;  // plain wheel scrolls the page
      ev.preventDefault();
      var box = self.svg.getBoundingClientRect();
      self.zoom(ev.deltaY < 0 ? 0.7 : 1.4, (ev.clientX - box.left - self.left) / (box.width - self.left - 10));
    }, { passive: false });
    this.svg.addEventListener("keydown", function (ev) {
      var keys = { "+": [0.5], "=": [0.5], "-": [2], ArrowLeft: [null, -0.2], ArrowRight: [null, 0.2] };
      var k = keys[ev.key];
      if (!k) return;
      ev.preventDefault();
      if (k[0]) self.zoom(k[0], 0.5); else self.pan(k[1]);
    });
    var drag = null;
    this.svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest && ev.target.closest("a")) return;
      drag = { x: ev.clientX, domain: self.domain.slice() };
      self.svg.setPointerCapture(ev.pointerId);
    });
    this.svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var width = self.svg.getBoundingClientRect().width - self.left - 10;
      var shift = (drag.x - ev.clientX) / width * (drag.domain[1] - drag.domain[0]);
      self.setDomain(drag.domain[0] + shift, drag.domain[1] + shift);
    });
    this.svg.addEventListener("pointerup", function () { drag = null; });
    window.addEventListener("resize", function () { self.draw(); });
  };

  Timeline.prototype.zoom = function (factor, at) {
    var span = this.domain[1] - this.domain[0];
    var next = Math.max(Math.min(span * factor, this.full[1] - this.full[0]), 7 * DAY);
    var centre = this.domain[0] + span * Math.min(Math.max(at, 0), 1);
    this.setDomain(centre - (centre - this.domain[0]) * next / span, centre + (this.domain[1] - centre) * next / span);
  };

  Timeline.prototype.pan = function (fraction) {
    var shift = (this.domain[1] - this.domain[0]) * fraction;
    this.setDomain(this.domain[0] + shift, this.domain[1] + shift);
  };

  Timeline.prototype.setDomain = function (t0, t1) { this.domain = [t0, t1]; this.draw(); };

  Timeline.prototype.lanes = function () {
    var by = this.groupBy, counts = {};
    this.events.forEach(function (e) {
      (by === "type" ? [e.type] : (e.actors.length ? e.actors : ["(no actor named)"])).forEach(function (g) {
        counts[g] = (counts[g] || 0) + 1;
      });
    });
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
  };

  Timeline.prototype.ticks = function () {
    var t0 = this.domain[0], t1 = this.domain[1], span = (t1 - t0) / DAY, out = [];
    var d = new Date(t0), y = d.getUTCFullYear(), m = d.getUTCMonth();
    if (span > 3 * 365) {
      var step = Math.max(1, Math.ceil(span / 365 / 12));
      for (var yy = y; Date.UTC(yy, 0, 1) <= t1; yy += step) out.push([Date.UTC(yy, 0, 1), String(yy)]);
    } else if (span > 100) {
      var mstep = span > 700 ? 3 : 1;
      for (var mm = m; Date.UTC(y, mm, 1) <= t1; mm += mstep) {
        var dt = new Date(Date.UTC(y, mm, 1));
        out.push([dt.getTime(), MONTHS[dt.getUTCMonth()] + (dt.getUTCMonth() === 0 || out.length === 0 ? " " + dt.getUTCFullYear() : "")]);
      }
    } else {
      var dstep = span > 50 ? 7 : span > 20 ? 2 : 1;
      for (var t = Date.UTC(y, m, d.getUTCDate()); t <= t1; t += dstep * DAY) {
        var x = new Date(t);
        out.push([t, x.getUTCDate() + " " + MONTHS[x.getUTCMonth()]]);
      }
    }
    return out.filter(function (tick) { return tick[0] >= t0; });
  };

  Timeline.prototype.draw = function () {
    var self = this, svg = this.svg;
    var lanes = this.lanes();
    var width = Math.max(this.root.clientWidth, 320), left = this.left = Math.min(170, width * 0.35);
    var laneH = 26, top = 34, height = top + lanes.length * laneH + 10;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var t0 = this.domain[0], t1 = this.domain[1];
    function x(t) { return left + (t - t0) / (t1 - t0) * (width - left - 10); }
    var clip = el("clipPath", { id: "chronology-timeline-clip" }, el("defs", {}, svg));
    el("rect", { x: left, y: 0, width: width - left - 10, height: height }, clip);
    var plot = el("g", { "clip-path": "url(#chronology-timeline-clip)" }, svg);
    this.eras.forEach(function (era, i) {
      var g = el("a", { href: self.base + era.url, class: "chronology-timeline__era" }, plot);
      el("title", {}, g).textContent = era.name + " (" + era.start + " to " + era.end + ")";
      el("rect", { x: x(era.t0), y: top - 6, width: Math.max(x(era.t1) - x(era.t0), 1), height: height - top, "fill-opacity": 0.10 + 0.05 * (i % 2) }, g);
      el("text", { x: Math.max(x(era.t0), left) + 4, y: top + 4 + (i % 2) * 11, class: "chronology-timeline__era-label" }, g).textContent = era.name;
    });
    this.ticks().forEach(function (tick) {
      el("line", { x1: x(tick[0]), x2: x(tick[0]), y1: top - 8, y2: height, class: "chronology-timeline__grid" }, plot);
      el("text", { x: x(tick[0]) + 3, y: 14, class: "chronology-timeline__tick" }, plot).textContent = tick[1];
    });
    lanes.forEach(function (lane, i) {
      var y = top + i * laneH;
      el("line", { x1: 0, x2: width, y1: y + laneH, y2: y + laneH, class: "chronology-timeline__lane" }, svg);
      el("text", { x: 4, y: y + laneH / 2 + 4, class: "chronology-timeline__label" }, svg).textContent = lane.length > 24 ? lane.slice(0, 23) + "…" : lane;
    });
    var laneIndex = {};
    lanes.forEach(function (l, i) { laneIndex[l] = i; });
    var colour = {};
    lanes.forEach(function (l, i) { colour[l] = COLOURS[i % COLOURS.length]; });
    var shown = 0;
    this.events.forEach(function (e) {
      if (e.t1 < t0 || e.t0 > t1) return;
      shown += 1;
      (self.groupBy === "type" ? [e.type] : (e.actors.length ? e.actors : ["(no actor named)"])).forEach(function (lane) {
        var y = top + laneIndex[lane] * laneH + laneH / 2;
        var a = el("a", { href: self.base + e.url, class: "chronology-timeline__event", "data-id": e.id }, plot);
        el("title", {}, a).textContent = e.label + ": " + e.title;
        var x0 = x(e.t0), x1 = x(e.t1);
        if (e.precision === "day" && e.start === e.end) {
          el("circle", { cx: (x0 + x1) / 2, cy: y, r: 6, fill: colour[self.groupBy === "type" ? e.type : lane] }, a);
        } else {  // a month, a year or a range: drawn as the period it may have happened in
          el("rect", { x: x0, y: y - 5, width: Math.max(x1 - x0, 3), height: 10, rx: 5,
                       fill: colour[self.groupBy === "type" ? e.type : lane], "fill-opacity": 0.55 }, a);
        }
      });
    });
    this.root.setAttribute("data-domain", iso(t0) + "/" + iso(t1));
    this.root.setAttribute("data-shown", shown);
    this.root.querySelector(".chronology-timeline__range").textContent =
      " " + iso(t0) + " to " + iso(t1) + " · " + shown + " events in view";
  };

  function start() {
    document.querySelectorAll(".chronology-timeline[data-src]").forEach(function (root) {
      fetch(root.getAttribute("data-src"))
        .then(function (r) { return r.json(); })
        .then(function (data) { new Timeline(root, data); })
        .catch(function () { root.textContent = "The visual timeline could not load its data."; });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
