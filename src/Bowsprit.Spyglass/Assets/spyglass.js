// Spyglass build log viewer. The page already shows the first lines; this script turns each .sg-log into a
// virtual list (only the visible lines are in the DOM), fetches windows of lines by number from the server,
// follows a running job's log from its byte offset until the job has finished, and offers search and error
// navigation. Line numbers are the server's, so live lines and archived lines can never be counted twice.
(function () {
  'use strict';
  var LINE = 18;          // px; must match .sg-line in spyglass.css
  var BLOCK = 200;        // lines per fetched window
  var CAP = 8000000;      // px; taller scroll areas are scaled, browsers cap element heights near 33M px
  var MAX_BLOCKS = 300;   // cached windows per log

  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  // Same markup as BuildLogLens.AppendLine on the server. Line numbers link to "#LOGID:LNUMBER" (one-based), out of
  // the tab order so the keyboard is not dragged through every visible line.
  function lineHtml(id, n, html, hl, target, loading) {
    return '<div class="sg-line' + (hl ? ' sg-hl' : '') + (target ? ' sg-target' : '') + (loading ? ' sg-loading' : '') +
      '" data-n="' + n + '"><a class="sg-n" tabindex="-1" href="#' + id + ':L' + (n + 1) + '">' + (n + 1) +
      '</a><span class="sg-t">' + html + '</span></div>';
  }

  // The page's result badges (header and metadata) once a followed job has ended.
  function showResult(result) {
    document.querySelectorAll('.sg-result').forEach(function (badge) {
      badge.textContent = result;
      badge.className = 'sg-result sg-result-' + result.toLowerCase();
    });
  }

  function Viewer(root) {
    this.root = root;
    this.api = root.dataset.api;
    this.poll = Number(root.dataset.poll) || 1000;
    this.live = root.dataset.live === '1';
    this.follow = this.live;
    this.view = root.querySelector('.sg-viewport');
    this.spacer = root.querySelector('.sg-spacer');
    this.win = root.querySelector('.sg-window');
    this.status = root.querySelector('.sg-status');
    this.results = root.querySelector('.sg-results');
    this.followBox = root.querySelector('.sg-follow');
    this.blocks = new Map();
    this.loading = new Set();
    this.missing = new Set();
    this.total = 0;
    this.offset = 0;
    this.style = '';      // the server's token for the ANSI style in force at this.offset
    this.errors = [];
    this.target = -1;
    this.virtual = false;
    this.auto = false;
    this.frame = 0;
    this.prime();
    this.bind();
    this.start();
  }

  Viewer.prototype.prime = function () {
    var self = this;
    this.win.querySelectorAll('.sg-line').forEach(function (el) {
      self.put(Number(el.dataset.n), el.querySelector('.sg-t').innerHTML, el.classList.contains('sg-hl'));
    });
  };

  Viewer.prototype.put = function (n, html, hl) {
    var b = Math.floor(n / BLOCK), blk = this.blocks.get(b);
    if (!blk) { blk = { lines: [], hl: [] }; this.blocks.set(b, blk); }
    blk.lines[n - b * BLOCK] = html;
    blk.hl[n - b * BLOCK] = hl;
  };

  Viewer.prototype.get = function (n) {
    var b = Math.floor(n / BLOCK), blk = this.blocks.get(b);
    if (blk && blk.lines[n - b * BLOCK] !== undefined) { return blk; }
    if (!this.missing.has(b)) { this.fetchBlock(b); }
    return null;
  };

  Viewer.prototype.json = function (op, params) {
    var url = this.api + '&op=' + op;
    Object.keys(params).forEach(function (k) { url += '&' + k + '=' + encodeURIComponent(params[k]); });
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(t || r.statusText); }); }
      return r.json();
    });
  };

  Viewer.prototype.fetchBlock = function (b) {
    var self = this;
    if (this.loading.has(b)) { return; }
    this.loading.add(b);
    this.json('lines', { from: b * BLOCK, count: BLOCK }).then(function (j) {
      j.lines.forEach(function (h, i) { self.put(j.from + i, h, j.hl.indexOf(i) >= 0); });
      var blk = self.blocks.get(b);
      if (!blk || blk.lines.length < Math.min(BLOCK, self.total - b * BLOCK)) { self.missing.add(b); }
    }).catch(function (e) {
      self.missing.add(b);
      self.say('Could not load lines: ' + e.message);
    }).then(function () {
      self.loading.delete(b);
      self.trim();
      self.schedule();
    });
  };

  Viewer.prototype.trim = function () {
    if (this.blocks.size <= MAX_BLOCKS) { return; }
    var near = Math.floor(this.firstVisible() / BLOCK), self = this;
    Array.from(this.blocks.keys()).forEach(function (b) {
      if (self.blocks.size > MAX_BLOCKS && Math.abs(b - near) > 3) { self.blocks.delete(b); }
    });
  };

  Viewer.prototype.rows = function () { return Math.ceil(this.view.clientHeight / LINE) + 1; };

  Viewer.prototype.scaled = function () { return this.total * LINE > CAP; };

  Viewer.prototype.firstVisible = function () {
    var rows = this.rows(), first;
    if (!this.scaled()) {
      first = Math.floor(this.view.scrollTop / LINE);
    } else {
      var max = Math.max(1, Math.min(this.total * LINE, CAP) - this.view.clientHeight);
      first = Math.round(this.view.scrollTop / max * Math.max(0, this.total - rows + 1));
    }
    return Math.max(0, Math.min(first, this.total - 1));
  };

  Viewer.prototype.schedule = function () {
    var self = this;
    if (!this.frame) { this.frame = requestAnimationFrame(function () { self.frame = 0; self.render(); }); }
  };

  Viewer.prototype.render = function () {
    if (!this.virtual) { return; }
    var h = Math.min(this.total * LINE, CAP), rows = this.rows();
    this.spacer.style.height = h + 'px';
    var first = this.firstVisible();
    var top = this.scaled() ? Math.max(0, Math.min(this.view.scrollTop, h - rows * LINE)) : first * LINE;
    var parts = [];
    for (var n = first; n < Math.min(this.total, first + rows); n++) {
      var blk = this.get(n), i = n % BLOCK;
      parts.push(lineHtml(this.root.id, n, blk ? blk.lines[i] : '…', blk ? blk.hl[i] : false, n === this.target, !blk));
    }
    this.win.style.transform = 'translateY(' + top + 'px)';
    this.win.innerHTML = parts.join('');
  };

  // Scrolls made here must not read as the reader scrolling away from the end; scroll events for them arrive
  // before the next animation frame, so the flag is cleared there (also when the position did not change).
  Viewer.prototype.scrollTo = function (top) {
    var self = this;
    this.auto = true;
    this.view.scrollTop = top;
    this.render();
    requestAnimationFrame(function () { self.auto = false; });
  };

  Viewer.prototype.toBottom = function () { this.scrollTo(this.view.scrollHeight); };

  Viewer.prototype.jump = function (n) {
    this.target = n;
    this.setFollow(false);
    var vh = this.view.clientHeight, top;
    if (!this.scaled()) {
      top = n * LINE - vh / 3;
    } else {
      var max = Math.min(this.total * LINE, CAP) - vh;
      top = n / Math.max(1, this.total - this.rows() + 1) * max;
    }
    this.scrollTo(Math.max(0, top));
  };

  Viewer.prototype.setFollow = function (on) {
    this.follow = on && this.live;
    if (this.followBox) { this.followBox.checked = this.follow; }
  };

  Viewer.prototype.say = function (text) { this.status.textContent = text; };

  Viewer.prototype.report = function () {
    var errors = this.errors.length ? ', ' + this.errors.length + ' highlighted' : '';
    if (this.live) {
      this.say('Job running: ' + this.total + ' lines so far' + errors + (this.follow ? ', following' : ''));
    } else {
      this.say(this.total + ' lines' + errors);
    }
    this.root.querySelector('.sg-first-error').disabled = this.errors.length === 0;
    this.root.querySelector('.sg-next-error').disabled = this.errors.length === 0;
  };

  Viewer.prototype.finish = function () {
    this.live = false;
    this.setFollow(false);
    this.root.dataset.state = 'finished';
    var label = this.root.querySelector('.sg-follow-label');
    if (label) { label.hidden = true; }
    this.report();
  };

  Viewer.prototype.start = function () {
    var self = this;
    this.json('index', {}).then(function (idx) {
      self.total = idx.total;
      self.offset = idx.offset;
      self.style = idx.style || '';
      self.errors = idx.hl.slice();
      self.virtual = true;
      self.root.classList.add('sg-virtual');
      self.render();
      self.fromHash();
      if (idx.finished) { self.finish(); return; }
      self.live = true;
      self.report();
      if (self.follow) { self.toBottom(); }
      self.tail();
    }).catch(function (e) { self.say('Could not index the log: ' + e.message); });
  };

  Viewer.prototype.tail = async function () {
    while (this.live) {
      var j;
      try {
        j = await this.json('tail', { line: this.total, offset: this.offset, style: this.style });
      } catch (e) {
        this.say('Lost contact with the server; retrying…');
        await sleep(this.poll);
        continue;
      }
      if (j.from === this.total) {
        for (var i = 0; i < j.lines.length; i++) {
          var hl = j.hl.indexOf(i) >= 0;
          this.put(this.total + i, j.lines[i], hl);
          if (hl) { this.errors.push(this.total + i); }
        }
        this.total += j.lines.length;
        this.offset = j.offset;
        this.style = j.style || '';
        this.missing.clear();
        if (j.lines.length) {
          this.render();
          if (this.follow) { this.toBottom(); }
        }
      }
      if (j.finished && !j.more) {
        if (j.result) { showResult(j.result); }
        this.finish();
        this.render();
        break;
      }
      this.report();
      if (!j.more) { await sleep(this.poll); }
    }
  };

  // "#log-1:L123" selects line 123 of the viewer with id log-1.
  Viewer.prototype.fromHash = function () {
    var m = /^#([\w-]+):L(\d+)$/.exec(location.hash);
    if (m && m[1] === this.root.id && this.virtual) {
      this.jump(Math.min(Number(m[2]), this.total) - 1);
    }
  };

  Viewer.prototype.search = function (form) {
    var self = this, q = form.q.value;
    if (!q) { return; }
    this.results.hidden = false;
    this.results.textContent = 'Searching…';
    this.json('search', { q: q, regex: form.regex.checked ? '1' : '0' }).then(function (j) {
      var count = j.matches.length;
      var head = '<p>' + count + (j.truncated ? '+' : '') + (count === 1 ? ' matching line' : ' matching lines') + '</p><ol>';
      self.results.innerHTML = head + j.matches.map(function (m) {
        return '<li><button type="button" data-n="' + m.n + '"><span class="sg-rn">' + (m.n + 1) + '</span>' + m.html + '</button></li>';
      }).join('') + '</ol>';
    }).catch(function (e) { self.results.textContent = 'Search failed: ' + e.message; });
  };

  Viewer.prototype.bind = function () {
    var self = this, root = this.root;
    this.view.addEventListener('scroll', function () {
      var atBottom = self.view.scrollTop + self.view.clientHeight >= self.view.scrollHeight - LINE;
      if (!self.auto && self.live && !atBottom && self.follow) { self.setFollow(false); self.report(); }
      self.schedule();
    });
    window.addEventListener('resize', function () { self.schedule(); });
    window.addEventListener('hashchange', function () { self.fromHash(); });
    root.querySelector('.sg-search').addEventListener('submit', function (ev) { ev.preventDefault(); self.search(ev.target); });
    this.results.addEventListener('click', function (ev) {
      var b = ev.target.closest('button[data-n]');
      if (b) { self.jump(Number(b.dataset.n)); }
    });
    root.querySelector('.sg-first-error').addEventListener('click', function () { if (self.errors.length) { self.jump(self.errors[0]); } });
    root.querySelector('.sg-next-error').addEventListener('click', function () {
      var next = self.errors.find(function (n) { return n > self.target; });
      self.jump(next === undefined ? self.errors[0] : next);
    });
    root.querySelector('.sg-top').addEventListener('click', function () { self.setFollow(false); self.scrollTo(0); });
    root.querySelector('.sg-bottom').addEventListener('click', function () { self.setFollow(true); self.toBottom(); });
    if (this.followBox) {
      this.followBox.addEventListener('change', function () {
        self.setFollow(self.followBox.checked);
        if (self.follow) { self.toBottom(); }
        self.report();
      });
    }
  };

  document.querySelectorAll('.sg-log').forEach(function (root) { root.viewer = new Viewer(root); });
})();
