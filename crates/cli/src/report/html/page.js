// mtlint review page. Every string from the report (the text, messages, notes, glossary
// entries, file names) is untrusted: it reaches the DOM through textContent, setAttribute
// of plain data, or SVG text nodes, never through innerHTML or an HTML string.
'use strict';
(function () {
  const SEVERITIES = ['error', 'warning', 'info'];
  const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
  const FAMILIES = [
    ['term', 'glossary term (solid)'],
    ['name', 'name (double)'],
    ['untranslated', 'untranslated (wavy)'],
    ['spelling', 'spelling (dashed)'],
    ['typography', 'typography (dotted)'],
  ];
  // Rows per chunk, and characters: only chunks near the viewport are built, so a 1 MB
  // text with thousands of findings opens at once and scrolls smoothly.
  const CHUNK_ROWS = 40;
  const CHUNK_CHARS = 16000;
  // A line longer than this is shown as several rows (cut at a space where there is one),
  // so a text without line breaks is still built a chunk at a time.
  const ROW_CHARS = 2000;
  // Findings listed at a time in the side list ("Show more" adds as many again).
  const LIST_PAGE = 300;

  const data = JSON.parse(document.getElementById('mtlint-data').textContent);
  const rules = data.rules;
  const files = data.files.map(prepareFile);
  const findings = [];
  files.forEach(function (file) {
    file.findings.forEach(function (f) {
      f.id = findings.length;
      findings.push(f);
    });
  });

  const state = {
    rule: '',
    severities: new Set(SEVERITIES),
    file: -1,
    current: -1,
    listShown: LIST_PAGE,
  };

  const $ = function (id) { return document.getElementById(id); };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // ---- Data preparation -------------------------------------------------------------

  function prepareFile(file, index) {
    file.index = index;
    const text = file.text || '';
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      lineStarts.push(i + 1);
    }
    file.lineStarts = lineStarts;
    // A bilingual file (or a text with --source): one row per unit, source beside target.
    file.paired = (file.segments || []).some(function (s) { return typeof s.source === 'string'; });
    file.rows = file.status !== 'checked' ? [] : file.paired ? pairRowsOf(file) : rowsOf(file);
    const rowStarts = file.rows.map(function (r) { return r.start; });
    // In text order, so next/previous follow the reading order.
    file.findings.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    file.byRow = new Map();
    file.findings.forEach(function (f) {
      f.file = index;
      f.state = null; // null, 'accepted' or 'rejected'
      f.choice = -1; // the accepted suggestion's index
      f.startRow = indexOf(rowStarts, f.start);
      f.endRow = Math.max(f.startRow, indexOf(rowStarts, Math.max(f.start, f.end - 1)));
      for (let row = f.startRow; row <= f.endRow; row++) {
        if (!file.byRow.has(row)) file.byRow.set(row, []);
        file.byRow.get(row).push(f);
      }
    });
    file.chunks = [];
    file.chunkOfRow = [];
    return file;
  }

  // The rows the text is shown in: one per line, or several for a very long line.
  function rowsOf(file) {
    const rows = [];
    file.lineStarts.forEach(function (start, line) {
      const end = lineEnd(file, line);
      let at = start;
      do {
        const cut = end - at > ROW_CHARS ? rowCut(file.text, at, end) : end;
        rows.push({ line: line, start: at, end: cut, first: at === start });
        at = cut;
      } while (at < end);
    });
    return rows;
  }

  // One row per unit: its target as written in the file (where the findings point), its
  // source as the format gives it (unescaped), numbered by the target's first line.
  function pairRowsOf(file) {
    return file.segments.map(function (s) {
      return {
        line: indexOf(file.lineStarts, s.start),
        start: s.start,
        end: s.end,
        first: true,
        source: typeof s.source === 'string' ? s.source : null,
        id: typeof s.id === 'string' ? s.id : null,
      };
    });
  }

  // Where a row of a long line ends: after the last space in its last quarter, else at
  // ROW_CHARS (never between the two halves of a surrogate pair).
  function rowCut(text, from, end) {
    let cut = from + ROW_CHARS;
    const space = text.lastIndexOf(' ', cut - 1);
    if (space > from + ROW_CHARS * 0.75) return space + 1;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    return Math.min(cut, end);
  }

  // The index of the last of `starts` (sorted) at or before `offset`.
  function indexOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function lineEnd(file, line) {
    const text = file.text;
    let end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] - 1 : text.length;
    if (end > file.lineStarts[line] && text.charCodeAt(end - 1) === 13) end -= 1; // CR of CRLF
    return end;
  }

  function family(f) {
    return (rules[f.rule] && rules[f.rule].family) || 'term';
  }

  function visible(f) {
    return (state.rule === '' || f.rule === state.rule) &&
      state.severities.has(f.severity) &&
      (state.file === -1 || state.file === f.file);
  }

  // ---- Fixes: the same edit selection as `mtlint check --fix` ----------------------

  // The first Safe suggestion of a finding, as --fix takes it; -1 if none.
  function firstSafe(f) {
    return f.suggestions.findIndex(function (s) { return s.applicability === 'safe'; });
  }

  // The suggestion `a` accepts: the first Safe one, else the first one that needs a look.
  function firstAcceptable(f) {
    const safe = firstSafe(f);
    if (safe !== -1) return safe;
    return f.suggestions.findIndex(function (s) { return s.applicability === 'unsafe'; });
  }

  // The text with the accepted suggestions applied: edits that change nothing dropped,
  // sorted by (start, end), an edit overlapping the one kept before it (or at the same
  // range) dropped, as crates/cli/src/fix.rs selects them.
  function keptEdits(file) {
    const text = file.text;
    const edits = [];
    file.findings.forEach(function (f) {
      if (f.state !== 'accepted' || f.choice < 0) return;
      const s = f.suggestions[f.choice];
      if (text.slice(s.start, s.end) !== s.replacement) edits.push(s);
    });
    edits.sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    const kept = [];
    edits.forEach(function (e) {
      const last = kept[kept.length - 1];
      if (last && (last.end > e.start || (last.start === e.start && last.end === e.end))) return;
      kept.push(e);
    });
    return kept;
  }

  function correctedText(file) {
    const text = file.text;
    const kept = keptEdits(file);
    const parts = [];
    let at = 0;
    kept.forEach(function (e) {
      parts.push(text.slice(at, e.start), e.replacement);
      at = e.end;
    });
    parts.push(text.slice(at));
    return parts.join('');
  }

  // ---- Text rendering ----------------------------------------------------------------

  function buildFiles() {
    const root = $('text');
    // About 2 characters per em of the serif text; the line numbers take 3.2em.
    const em = parseFloat(getComputedStyle(root).fontSize) * 1.05 || 16;
    const charsPerRow = Math.max(20, (root.clientWidth / em - 5) * 2);
    const observer = 'IntersectionObserver' in window
      ? new IntersectionObserver(onChunksSeen, { rootMargin: '1200px 0px' })
      : null;
    files.forEach(function (file) {
      const section = el('section', 'file');
      section.dataset.file = String(file.index);
      section.setAttribute('aria-label', file.name);
      section.appendChild(fileHeader(file));
      if (file.status !== 'checked') {
        section.appendChild(el('p', 'problem', file.message || file.status));
      }
      const lines = el('div', file.paired ? 'lines paired' : 'lines');
      if (file.paired) lines.appendChild(pairHeader());
      let first = 0;
      while (first < file.rows.length) {
        const last = chunkEnd(file, first);
        const chunk = el('div', 'chunk');
        chunk.dataset.file = String(file.index);
        chunk.dataset.chunk = String(file.chunks.length);
        const estimate = estimateHeight(file, first, last, charsPerRow) + 'em';
        // Unbuilt: held open at the estimate; built and off screen: content-visibility
        // skips its layout and keeps its last height (or the estimate).
        chunk.style.minHeight = estimate;
        chunk.style.containIntrinsicSize = 'auto ' + estimate;
        for (let row = first; row <= last; row++) file.chunkOfRow[row] = file.chunks.length;
        file.chunks.push({ node: chunk, first: first, last: last, built: false });
        lines.appendChild(chunk);
        if (observer) observer.observe(chunk); else buildChunk(file, file.chunks.length - 1);
        first = last + 1;
      }
      section.appendChild(lines);
      file.section = section;
      root.appendChild(section);
    });
  }

  // The column heads of a paired file (hidden at phone width, where each cell says which
  // side it is).
  function pairHeader() {
    const head = el('div', 'line pair pair-h');
    head.setAttribute('aria-hidden', 'true');
    head.append(el('span', 'ln', ''), el('span', 'src', 'Source'), el('span', 'lt', 'Target'));
    return head;
  }

  function fileHeader(file) {
    const header = el('header', 'file-h');
    header.appendChild(el('h2', null, file.name));
    const meta = [file.status === 'checked' ? file.findings.length + ' findings' : file.status];
    if (file.lang) meta.push(file.lang);
    header.appendChild(el('span', 'meta', meta.join(' · ')));
    if (file.status === 'checked') {
      const down = el('button', 'small', 'Download corrected');
      down.type = 'button';
      down.addEventListener('click', function () { download(file); });
      const copy = el('button', 'small', 'Copy corrected');
      copy.type = 'button';
      copy.addEventListener('click', function () { copyText(file); });
      header.append(down, copy);
    }
    return header;
  }

  // Chunks coming into view are built a few at a time, at most about one frame's worth of
  // work per task, so a long jump through a large text never blocks the page for long.
  const pending = [];
  let draining = false;

  function onChunksSeen(entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      const node = entry.target;
      pending.push([files[Number(node.dataset.file)], Number(node.dataset.chunk)]);
    });
    if (!draining && pending.length) {
      draining = true;
      setTimeout(drain, 0);
    }
  }

  function drain() {
    const until = performance.now() + 12;
    while (pending.length && performance.now() < until) {
      const next = pending.shift();
      if (!next[0].chunks[next[1]].built) buildChunk(next[0], next[1]);
    }
    if (pending.length) setTimeout(drain, 0); else draining = false;
  }

  // The last row of the chunk starting at row `first`: CHUNK_ROWS rows or CHUNK_CHARS
  // characters, whichever comes first (at least one row).
  function chunkEnd(file, first) {
    let chars = 0;
    let row = first;
    while (row < file.rows.length && row - first < CHUNK_ROWS) {
      chars += file.rows[row].end - file.rows[row].start;
      if (chars > CHUNK_CHARS && row > first) break;
      row += 1;
    }
    return row - 1;
  }

  // The height a chunk will take, from its rows' lengths and the width of the text
  // column, so the scroll bar and jumps are close to right before the chunk is built.
  function estimateHeight(file, first, last, charsPerRow) {
    // Side by side, each column has about half the width; stacked (phone width), the
    // source's lines come on top of the target's.
    const stacked = window.matchMedia && window.matchMedia('(max-width: 760px)').matches;
    let lines = 0;
    for (let row = first; row <= last; row++) {
      const r = file.rows[row];
      const target = Math.max(1, Math.ceil((r.end - r.start) / charsPerRow));
      if (r.source === undefined) {
        lines += target;
      } else if (stacked) {
        lines += target + Math.max(1, Math.ceil(r.source.length / charsPerRow * 0.9)) + 1;
      } else {
        lines += Math.max(target * 2, Math.ceil(r.source.length / charsPerRow * 1.8), 1);
      }
    }
    return lines * 1.6;
  }

  function buildChunk(file, index) {
    const chunk = file.chunks[index];
    const frag = document.createDocumentFragment();
    for (let row = chunk.first; row <= chunk.last; row++) frag.appendChild(buildRow(file, row));
    // A rebuild replaces the marks: the focused one hands its focus to its successor.
    const active = document.activeElement;
    const focusedId = active && chunk.node.contains(active) && active.dataset ? active.dataset.id : undefined;
    chunk.node.replaceChildren(frag);
    if (focusedId !== undefined) {
      const again = chunk.node.querySelector('.mark[data-id="' + focusedId + '"]');
      if (again) again.focus({ preventScroll: true });
    }
    chunk.node.style.minHeight = '';
    chunk.built = true;
  }

  function rebuildChunkOf(f) {
    const file = files[f.file];
    const seen = new Set();
    for (let row = f.startRow; row <= f.endRow; row++) {
      const index = file.chunkOfRow[row];
      if (!seen.has(index) && file.chunks[index] && file.chunks[index].built) {
        seen.add(index);
        buildChunk(file, index);
      }
    }
  }

  function rebuildBuiltChunks() {
    files.forEach(function (file) {
      file.chunks.forEach(function (chunk, index) { if (chunk.built) buildChunk(file, index); });
    });
  }

  function buildRow(file, index) {
    const r = file.rows[index];
    const row = el('div', r.source !== undefined ? 'line pair' : r.first ? 'line' : 'line cont');
    row.appendChild(el('span', 'ln', r.first ? r.line + 1 : ''));
    if (r.source !== undefined) {
      // The source is data like the text: textContent only.
      const source = el('span', r.source === null ? 'src none' : 'src', r.source === null ? 'no source' : r.source);
      if (r.id !== null && r.id !== r.source) source.title = 'Unit ' + r.id.replace(/\u0004/g, ' | ');
      row.appendChild(source);
    }
    const body = el('span', 'lt');
    const start = r.start;
    const end = r.end;
    const here = file.byRow.get(index) || [];
    if (here.length === 0) {
      body.textContent = file.text.slice(start, end);
    } else {
      appendMarked(body, file, start, end, here);
    }
    row.appendChild(body);
    return row;
  }

  // The line [start, end) cut at every finding boundary; each piece covered by a finding
  // becomes a mark styled by the most severe visible finding covering it. One sweep over
  // the findings (sorted by start), so a 1 MB line with thousands of findings stays fast.
  function appendMarked(body, file, start, end, here) {
    const text = file.text;
    const cuts = new Set([start, end]);
    const points = new Map(); // zero-width findings by offset
    here.forEach(function (f) {
      if (f.start > start && f.start < end) cuts.add(f.start);
      if (f.end > start && f.end < end) cuts.add(f.end);
      if (f.start === f.end && f.start >= start && f.start <= end) {
        if (!points.has(f.start)) points.set(f.start, []);
        points.get(f.start).push(f);
      }
    });
    const sorted = Array.from(cuts).sort(function (a, b) { return a - b; });
    let next = 0; // the first finding of `here` not yet started
    let active = []; // the findings covering the current piece
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      (points.get(a) || []).forEach(function (f) { appendPoint(body, f); });
      if (i + 1 === sorted.length) break;
      const b = sorted[i + 1];
      active = active.filter(function (f) { return f.end > a; });
      while (next < here.length && here[next].start <= a) {
        const f = here[next];
        next += 1;
        if (f.start < f.end && f.end > a) active.push(f);
      }
      const piece = text.slice(a, b);
      if (active.length === 0) {
        body.appendChild(document.createTextNode(piece));
      } else {
        body.appendChild(markFor(active, piece));
        active.forEach(function (f) { if (f.end === b) appendReplacement(body, f); });
      }
    }
  }

  // A zero-width finding (a missing space, an insertion), drawn as a caret.
  function appendPoint(body, f) {
    const mark = markFor([f], '');
    mark.classList.add('caret');
    body.appendChild(mark);
    appendReplacement(body, f);
  }

  function appendReplacement(body, f) {
    if (f.state !== 'accepted' || f.choice < 0) return;
    const ins = el('ins', 'repl', f.suggestions[f.choice].replacement);
    ins.title = 'accepted';
    body.appendChild(ins);
  }

  // The finding a piece is drawn for: the selected one if it covers the piece (so a
  // finding under a more severe one can still be seen and focused), else the most severe.
  function top(covering) {
    let best = null;
    covering.forEach(function (f) {
      if (!visible(f)) return;
      if (best && best.id === state.current) return;
      if (f.id === state.current) { best = f; return; }
      if (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best.severity]) best = f;
    });
    return best;
  }

  function markFor(covering, piece) {
    const f = top(covering);
    if (!f) return el('span', 'muted', piece);
    const mark = el('span', 'mark sev-' + f.severity + ' fam-' + family(f), piece);
    if (f.state) mark.classList.add(f.state);
    if (f.id === state.current) mark.classList.add('current');
    mark.dataset.id = String(f.id);
    mark.tabIndex = -1;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', f.severity + ' ' + f.rule + ': ' + f.message);
    return mark;
  }

  function firstMark(f) {
    return $('text').querySelector('.mark[data-id="' + f.id + '"]');
  }

  // ---- Selection, navigation, decisions ----------------------------------------------

  // Selects `f`; with `focus`, focuses its mark and (unless `stay`) scrolls it into view.
  function select(f, focus, stay) {
    const previous = state.current;
    state.current = f.id;
    $('text').querySelectorAll('.mark.current').forEach(function (m) { m.classList.remove('current'); });
    const file = files[f.file];
    const chunk = file.chunks[file.chunkOfRow[f.startRow]];
    if (chunk && !chunk.built) buildChunk(file, file.chunkOfRow[f.startRow]);
    // A finding drawn under another one gets its own marks once it is the selected one.
    if (!firstMark(f)) rebuildChunkOf(f);
    if (previous >= 0 && previous !== f.id) rebuildChunkOf(findings[previous]);
    $('text').querySelectorAll('.mark[data-id="' + f.id + '"]').forEach(function (m) { m.classList.add('current'); });
    showDetail(f);
    showPosition();
    markListCurrent(previous, f.id);
    if (focus) {
      const mark = firstMark(f);
      if (mark) {
        mark.focus({ preventScroll: true });
        if (!stay) mark.scrollIntoView({ block: 'center' });
      }
    }
  }

  // "5 / 27": where the selected finding is among those the filters show.
  function showPosition() {
    const list = visibleFindings();
    const i = list.findIndex(function (f) { return f.id === state.current; });
    $('position').textContent = (i === -1 ? '–' : String(i + 1)) + ' / ' + list.length;
  }

  function visibleFindings() {
    return findings.filter(visible);
  }

  function move(step) {
    const list = visibleFindings();
    if (list.length === 0) return;
    let i = list.findIndex(function (f) { return f.id === state.current; });
    if (i === -1) {
      i = step > 0 ? 0 : list.length - 1;
    } else {
      i = Math.min(list.length - 1, Math.max(0, i + step));
    }
    select(list[i], true);
  }

  function decide(f, decision, choice) {
    if (decision === 'accepted') {
      if (choice === undefined) choice = firstAcceptable(f);
      if (choice < 0 || f.suggestions[choice].applicability === 'display-only') {
        say('This finding has no suggestion to accept.');
        return;
      }
      f.choice = choice;
    } else {
      f.choice = -1;
    }
    f.state = decision;
    // Rebuilding the chunk replaces the focused mark: give the focus back afterwards.
    const active = document.activeElement;
    const hadFocus = Boolean(active && active.classList && active.classList.contains('mark'));
    rebuildChunkOf(f);
    refreshCounts();
    refreshListItem(f);
    if (f.id === state.current) select(f, hadFocus, true);
  }

  function acceptAllSafe() {
    let n = 0;
    findings.forEach(function (f) {
      const safe = firstSafe(f);
      // A decision already taken (rejected, or another suggestion accepted) stands.
      if (safe === -1 || f.state) return;
      f.state = 'accepted';
      f.choice = safe;
      n += 1;
    });
    rebuildBuiltChunks();
    refreshCounts();
    buildList();
    if (state.current >= 0) showDetail(findings[state.current]);
    say(n + ' safe suggestion' + (n === 1 ? '' : 's') + ' accepted.');
  }

  // ---- Detail panel ------------------------------------------------------------------

  const APPLICABILITY = {
    safe: ['safe', 'Safe: --fix applies it'],
    unsafe: ['needs a look', 'Unsafe: check it before accepting'],
    'display-only': ['for reading', 'Shown for reading; not applied'],
  };

  function showDetail(f) {
    const box = $('detail');
    const file = files[f.file];
    const rule = rules[f.rule] || {};
    const parts = [];
    const head = el('div', 'd-head');
    head.append(el('span', 'badge sev-' + f.severity, f.severity), el('span', 'd-rule fam-' + family(f), f.rule));
    parts.push(head);
    parts.push(el('p', 'd-where', file.name + ':' + f.line + ':' + f.column));
    parts.push(el('p', 'd-msg', f.message));
    const quoted = el('p', 'd-quote');
    quoted.append(el('span', 'k', 'Text: '), el('q', null, file.text.slice(f.start, f.end)));
    parts.push(quoted);
    if (f.state) parts.push(el('p', 'd-state ' + f.state, f.state === 'accepted' ? 'Accepted' : 'Rejected'));
    if (f.state === 'accepted' && overruled(f)) {
      parts.push(el('p', 'd-warn', 'Not applied: it overlaps an accepted change that starts earlier in the text (the first one wins, as with --fix).'));
    }
    parts.push(suggestionsBlock(f));
    const buttons = el('div', 'd-buttons');
    const reject = el('button', null, 'Reject (r)');
    reject.type = 'button';
    reject.addEventListener('click', function () { decide(f, 'rejected'); });
    const undo = el('button', null, 'Undo (u)');
    undo.type = 'button';
    undo.disabled = !f.state;
    undo.addEventListener('click', function () { decide(f, null); });
    buttons.append(reject, undo);
    parts.push(buttons);
    if (f.source) parts.push(labelled('Source', f.source));
    if (f.segment) parts.push(labelled('Segment', f.segment.replace(/\u0004/g, ' | ')));
    if (f.note) parts.push(labelled('Glossary note', f.note));
    if (f.term) parts.push(labelled('Glossary entry', f.term.id + ' (' + f.term.kind + '), prefer “' + f.term.preferred + '”, at ' + f.term.glossary));
    if (typeof f.confidence === 'number') parts.push(labelled('Confidence', Math.round(f.confidence * 100) + '%'));
    parts.push(ruleDoc(f.rule, rule));
    box.replaceChildren.apply(box, parts);
  }

  // Whether the accepted suggestion of `f` loses to an overlapping accepted one.
  function overruled(f) {
    const s = f.suggestions[f.choice];
    const text = files[f.file].text;
    if (!s || text.slice(s.start, s.end) === s.replacement) return false;
    return keptEdits(files[f.file]).indexOf(s) === -1;
  }

  function suggestionsBlock(f) {
    const block = el('div', 'd-sugg');
    if (f.suggestions.length === 0) {
      block.appendChild(el('p', 'k', 'No suggestion: rewrite by hand.'));
      return block;
    }
    block.appendChild(el('p', 'k', f.suggestions.length === 1 ? 'Suggestion' : 'Suggestions'));
    const list = el('ul');
    f.suggestions.forEach(function (s, i) {
      const item = el('li');
      const info = APPLICABILITY[s.applicability] || [s.applicability, ''];
      const shown = s.replacement === '' ? '(delete)' : s.replacement;
      item.append(el('code', 'repl-text', shown), el('span', 'badge app-' + s.applicability, info[0]));
      item.lastChild.title = info[1];
      if (s.applicability !== 'display-only') {
        const accept = el('button', 'accept', f.state === 'accepted' && f.choice === i ? 'Accepted' : 'Accept (a)');
        accept.type = 'button';
        accept.addEventListener('click', function () { decide(f, 'accepted', i); });
        item.appendChild(accept);
      }
      list.appendChild(item);
    });
    block.appendChild(list);
    return block;
  }

  function labelled(label, value) {
    const p = el('p', 'd-extra');
    p.append(el('span', 'k', label + ': '), document.createTextNode(value));
    return p;
  }

  function ruleDoc(name, rule) {
    const details = el('details', 'd-rule-doc');
    details.appendChild(el('summary', null, 'About ' + name + ': ' + (rule.summary || '')));
    [['What it catches', rule.what], ['Why it matters', rule.why], ['Example', rule.example], ['Fix safety', rule.fix]]
      .forEach(function (pair) {
        if (!pair[1]) return;
        details.append(el('h4', null, pair[0]), el(pair[0] === 'Example' ? 'pre' : 'p', null, pair[1]));
      });
    details.appendChild(el('p', 'k', 'The same text: mtlint rule ' + name));
    return details;
  }

  // ---- Finding list --------------------------------------------------------------------

  function buildList() {
    const list = $('list');
    const shown = visibleFindings();
    $('list-count').textContent = '(' + shown.length + ')';
    const frag = document.createDocumentFragment();
    shown.slice(0, state.listShown).forEach(function (f) { frag.appendChild(listItem(f)); });
    if (shown.length > state.listShown) {
      const li = el('li', 'more');
      const more = el('button', null, 'Show more (' + (shown.length - state.listShown) + ' left)');
      more.type = 'button';
      more.addEventListener('click', function () { state.listShown += LIST_PAGE; buildList(); });
      li.appendChild(more);
      frag.appendChild(li);
    }
    list.replaceChildren(frag);
  }

  function listItem(f) {
    const li = el('li');
    li.dataset.id = String(f.id);
    const button = el('button', 'item sev-' + f.severity + (f.state ? ' ' + f.state : '') + (f.id === state.current ? ' current' : ''));
    button.type = 'button';
    button.append(
      el('span', 'badge sev-' + f.severity, f.severity[0].toUpperCase()),
      el('span', 'where', (files.length > 1 ? baseName(files[f.file].name) + ':' : 'line ') + f.line),
      el('span', 'what', f.rule + ': ' + files[f.file].text.slice(f.start, f.end)),
    );
    if (f.state) button.appendChild(el('span', 'st', f.state === 'accepted' ? '✓' : '✗'));
    button.addEventListener('click', function () { select(f, true); });
    li.appendChild(button);
    return li;
  }

  function refreshListItem(f) {
    const old = $('list').querySelector('li[data-id="' + f.id + '"]');
    if (old) old.replaceWith(listItem(f));
  }

  function markListCurrent(previous, current) {
    [previous, current].forEach(function (id) {
      if (id >= 0) refreshListItem(findings[id]);
    });
  }

  // ---- Filters, counts, summary --------------------------------------------------------

  function buildFilters() {
    const ruleSelect = $('filter-rule');
    ruleSelect.appendChild(option('', 'All rules (' + findings.length + ')'));
    countBy(function (f) { return f.rule; }).forEach(function (pair) {
      ruleSelect.appendChild(option(pair[0], pair[0] + ' (' + pair[1] + ')'));
    });
    ruleSelect.addEventListener('change', function () { state.rule = ruleSelect.value; filtersChanged(); });
    const box = $('filter-severity');
    SEVERITIES.forEach(function (severity) {
      const label = el('label', 'check');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = true;
      input.value = severity;
      input.addEventListener('change', function () {
        if (input.checked) state.severities.add(severity); else state.severities.delete(severity);
        filtersChanged();
      });
      const n = findings.filter(function (f) { return f.severity === severity; }).length;
      label.append(input, el('span', 'badge sev-' + severity, severity), document.createTextNode(' ' + n));
      box.appendChild(label);
    });
    const fileSelect = $('filter-file');
    fileSelect.appendChild(option('-1', 'All files (' + files.length + ')'));
    files.forEach(function (file) { fileSelect.appendChild(option(String(file.index), file.name)); });
    fileSelect.addEventListener('change', function () { setFile(Number(fileSelect.value)); });
  }

  function option(value, label) {
    const o = el('option', null, label);
    o.value = value;
    return o;
  }

  function setFile(index) {
    state.file = index;
    $('filter-file').value = String(index);
    files.forEach(function (file) { file.section.hidden = index !== -1 && index !== file.index; });
    filtersChanged();
  }

  function filtersChanged() {
    state.listShown = LIST_PAGE;
    rebuildBuiltChunks();
    buildList();
    refreshCounts();
    showPosition();
  }

  function buildFileList() {
    const list = $('files');
    if (files.length < 2) {
      $('files-section').hidden = true;
      return;
    }
    files.forEach(function (file) {
      const li = el('li');
      const button = el('button', 'file-b');
      button.type = 'button';
      button.title = file.name;
      button.append(el('span', 'name', shortName(file.name, 20)),
        el('span', 'n', file.status === 'checked' ? String(file.findings.length) : file.status));
      button.addEventListener('click', function () { setFile(file.index); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  function countBy(key) {
    const counts = new Map();
    findings.forEach(function (f) { counts.set(key(f), (counts.get(key(f)) || 0) + 1); });
    return Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
  }

  function refreshCounts() {
    const n = { error: 0, warning: 0, info: 0 };
    let accepted = 0;
    let rejected = 0;
    findings.forEach(function (f) {
      n[f.severity] += 1;
      if (f.state === 'accepted') accepted += 1;
      if (f.state === 'rejected') rejected += 1;
    });
    const checked = files.filter(function (f) { return f.status === 'checked'; }).length;
    $('counts').textContent = findings.length + ' findings (' + n.error + ' errors, ' + n.warning +
      ' warnings, ' + n.info + ' info) in ' + checked + ' file' + (checked === 1 ? '' : 's') +
      ' · ' + accepted + ' accepted · ' + rejected + ' rejected';
  }

  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  // A horizontal bar chart of [label, count] pairs.
  function barChart(title, pairs) {
    const rowH = 16;
    const labelW = 134;
    const barW = 40;
    const max = Math.max.apply(null, pairs.map(function (p) { return p[1]; }).concat([1]));
    const height = pairs.length * rowH + 4;
    const chart = svg('svg', { viewBox: '0 0 ' + (labelW + barW + 40) + ' ' + height, role: 'img', class: 'chart' });
    chart.appendChild(svg('title', {}, title));
    pairs.forEach(function (pair, i) {
      const y = i * rowH + 2;
      const label = shortName(pair[0], 21);
      chart.appendChild(svg('text', { x: labelW - 6, y: y + 12, 'text-anchor': 'end', class: 'c-label' }, label));
      chart.appendChild(svg('rect', { x: labelW, y: y + 2, width: Math.max(1, barW * pair[1] / max), height: rowH - 6, class: 'c-bar' }));
      chart.appendChild(svg('text', { x: labelW + barW * pair[1] / max + 4, y: y + 12, class: 'c-n' }, pair[1]));
    });
    return chart;
  }

  function buildSummary() {
    const box = $('summary');
    if (findings.length === 0) {
      box.appendChild(el('p', null, 'No findings.'));
      return;
    }
    box.appendChild(el('h3', null, 'By rule'));
    box.appendChild(barChart('Findings by rule', countBy(function (f) { return f.rule; })));
    if (files.length > 1) {
      box.appendChild(el('h3', null, 'By file'));
      box.appendChild(barChart('Findings by file', files.map(function (f) { return [f.name, f.findings.length]; })));
    }
    const legend = $('legend');
    FAMILIES.forEach(function (pair) {
      const li = el('li');
      li.append(el('span', 'mark sev-warning fam-' + pair[0], 'sample'), document.createTextNode(' ' + pair[1]));
      legend.appendChild(li);
    });
    SEVERITIES.forEach(function (severity) {
      const li = el('li');
      li.append(el('span', 'badge sev-' + severity, severity), document.createTextNode(' severity colour'));
      legend.appendChild(li);
    });
  }

  // ---- Download and copy: nothing leaves the machine -----------------------------------

  function chosenFile() {
    const checked = files.filter(function (f) { return f.status === 'checked'; });
    if (state.file !== -1) return files[state.file];
    if (checked.length === 1) return checked[0];
    say('Several files: choose one in the File filter, or use its own button.');
    return null;
  }

  // A long path cut at its start, where paths are alike, keeping the file's own name.
  function shortName(name, max) {
    return name.length > max ? '…' + name.slice(name.length - max + 1) : name;
  }

  function baseName(name) {
    const base = name.split(/[\\/]/).pop();
    return base && base !== '-' ? base : 'corrected.txt';
  }

  function download(file) {
    if (!file || file.status !== 'checked') return;
    const blob = new Blob([correctedText(file)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = el('a');
    a.href = url;
    a.download = baseName(file.name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    say('Corrected ' + file.name + ' downloaded.');
  }

  function copyText(file) {
    if (!file || file.status !== 'checked') return;
    const text = correctedText(file);
    const fallback = function () {
      const area = el('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'offscreen';
      document.body.appendChild(area);
      area.select();
      const ok = document.execCommand && document.execCommand('copy');
      area.remove();
      say(ok ? 'Corrected text copied.' : 'Copy failed: use Download.');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say('Corrected text copied.'); }, fallback);
    } else {
      fallback();
    }
  }

  function say(message) {
    $('status').textContent = message;
  }

  // ---- Events --------------------------------------------------------------------------

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    const current = state.current >= 0 ? findings[state.current] : null;
    switch (event.key) {
      case 'j': case 'n': move(1); break;
      case 'k': case 'p': move(-1); break;
      case 'a': if (current) decide(current, 'accepted'); break;
      case 'r': if (current) decide(current, 'rejected'); break;
      case 'u': if (current) decide(current, null); break;
      case 'Enter': case ' ':
        if (target && target.classList && target.classList.contains('mark')) {
          select(findings[Number(target.dataset.id)], true);
          break;
        }
        return;
      default: return;
    }
    event.preventDefault();
  }

  function onTextClick(event) {
    const mark = event.target.closest ? event.target.closest('.mark[data-id]') : null;
    if (mark) select(findings[Number(mark.dataset.id)], true);
  }

  function init() {
    document.title = 'mtlint review: ' + files.map(function (f) { return f.name; }).join(', ');
    buildFilters();
    buildFileList();
    buildSummary();
    buildFiles();
    buildList();
    refreshCounts();
    showPosition();
    $('prev').addEventListener('click', function () { move(-1); });
    $('next').addEventListener('click', function () { move(1); });
    $('accept-safe').addEventListener('click', acceptAllSafe);
    $('download').addEventListener('click', function () { download(chosenFile()); });
    $('copy').addEventListener('click', function () { copyText(chosenFile()); });
    $('text').addEventListener('click', onTextClick);
    document.addEventListener('keydown', onKey);
    // For tests and measurements: when the page became usable.
    document.documentElement.dataset.ready = String(Math.round(performance.now()));
  }

  init();
}());
