/// The built-in theme's assets, compiled into the executable so that a `storingen`
/// binary copied on its own still publishes its stylesheet and icon. The pages
/// themselves are typed renderers (`HTML/`); `site/theme/` files of the same name
/// replace these.
enum BuiltInAssets {
    /// File name → contents.
    static let files: [String: String] = [
        "favicon.svg": #"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f5fa8"/><path d="M9 17l5 5 9-12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></svg>

"""#,
        "style.css": #"""
/* storingen: one small stylesheet. No JavaScript anywhere; every colour comes with text. */

:root {
  color-scheme: light dark;
  --text: #1b1f24;
  --muted: #525a63;
  --background: #ffffff;
  --surface: #f4f6f8;
  --border: #d0d7de;
  --link: #0a58ca;
  --focus: #b35900;
  --active: #b42318;
  --resolved: #1a7f37;
  --scheduled: #0b5cad;
  --completed: #57606a;
  --day-clear: #9fb7a6;
  --badge-text: #ffffff;
  /* Service states and day impacts, from fine to worst; the badges use the same hues. */
  --operational: #2e7d32;
  --maintenance: #1565c0;
  --degraded: #f9a825;
  --degraded-text: #1a1a1a;
  --partial: #ef6c00;
  --major: #c62828;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6edf3;
    --muted: #a8b3bd;
    --background: #0d1117;
    --surface: #161b22;
    --border: #30363d;
    --link: #7cb6ff;
    --focus: #ffb25c;
    --active: #c9372c;
    --resolved: #1f7a3a;
    --scheduled: #1f63b5;
    --completed: #5b636d;
    --day-clear: #3d5a46;
    --operational: #2f8a3b;
    --maintenance: #3a7bd5;
    --partial: #f57c00;
    --major: #e0483e;
  }
}

*, *::before, *::after { box-sizing: border-box; }

body {
  margin: 0 auto;
  max-width: 48rem;
  padding: 0 1rem 2rem;
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--text);
  background: var(--background);
  overflow-wrap: break-word;
}

a { color: var(--link); }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible, summary:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 1.75rem; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
img { max-width: 100%; height: auto; }
pre { overflow-x: auto; padding: 0.75rem; background: var(--surface); }

.skip-link {
  position: absolute;
  left: 1rem;
  top: -10rem;
  padding: 0.5rem 1rem;
  background: var(--background);
  border: 2px solid var(--focus);
  z-index: 1;
}
.skip-link:focus { top: 1rem; }

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.site-header { border-bottom: 1px solid var(--border); padding: 1rem 0 0.5rem; }
.site-title { margin: 0 0 0.5rem; font-size: 1.2rem; font-weight: 700; }
.site-title a { color: var(--text); text-decoration: none; }
.site-nav ul, .language-nav ul, .pagination ul, .services, .cards, .rows, .timeline {
  list-style: none;
  margin: 0;
  padding: 0;
}
.site-nav ul, .language-nav ul, .pagination ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.site-nav a { display: inline-block; padding: 0.25rem 0; }
.site-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }

.site-footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); color: var(--muted); }
.time-zone { font-size: 0.9375rem; }

/* Status: a filled badge with its word; the colour only repeats what the word says. */
.badge {
  display: inline-block;
  padding: 0.1rem 0.5rem;
  border-radius: 0.25rem;
  font-size: 0.875rem;
  font-weight: 700;
  color: var(--badge-text);
  background: var(--completed);
}
.badge-active { background: var(--active); }
.badge-resolved { background: var(--resolved); }
.badge-upcoming, .badge-in-progress { background: var(--scheduled); }
.badge-completed { background: var(--completed); }
.kind, .opened, .window, .row-meta, .day-bar-summary { color: var(--muted); }
.status-label { font-weight: 400; color: var(--muted); }
.status-label::before { content: "· "; }

.card {
  margin: 0 0 1rem;
  padding: 1rem;
  border: 1px solid var(--border);
  border-left: 0.375rem solid var(--completed);
  border-radius: 0.375rem;
  background: var(--surface);
}
.card.state-active { border-left-color: var(--active); }
.card.state-resolved { border-left-color: var(--resolved); }
.card.state-upcoming, .card.state-in-progress { border-left-color: var(--scheduled); }
.card-status, .card-title { margin: 0 0 0.25rem; }
.services { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
.services li::before { content: "▪ "; color: var(--muted); }
.opened, .window { margin: 0.25rem 0; }
.latest { border-top: 1px solid var(--border); margin-top: 0.75rem; }

.rows li { padding: 0.5rem 0; border-bottom: 1px solid var(--border); }
.row-title { font-weight: 600; margin: 0 0.25rem; }
.row-meta { display: block; font-size: 0.9375rem; }

/* Facts: term above description on a phone, side by side from 40rem. */
.facts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0 0 0.5rem; min-width: 0; }

.timeline .update { border-left: 3px solid var(--border); padding-left: 1rem; margin-bottom: 1.5rem; }
.postmortem { padding: 0 1rem 0.25rem; border: 1px solid var(--border); border-radius: 0.375rem; background: var(--surface); }
.ongoing { font-style: italic; }
.windows li { margin: 0.25rem 0; }

.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--border); }

/* 90-day bar: clear days are short, days with an outage full height and, for
   maintenance, striped; each day also carries its date and state as text. */
.days { display: flex; align-items: flex-end; gap: 1px; height: 2.5rem; margin: 0.5rem 0; padding: 0; list-style: none; }
.day { flex: 1 1 0; min-width: 1px; height: 50%; }
.day a { display: block; height: 100%; }
.day-clear { background: var(--day-clear); }
.day-minor { height: 70%; background: var(--degraded); }
.day-major { height: 100%; background: var(--partial); }
.day-critical { height: 100%; background: var(--major); }
.day-maintenance {
  height: 100%;
  background: repeating-linear-gradient(45deg, var(--maintenance) 0 3px, transparent 3px 6px);
  border: 1px solid var(--maintenance);
}
.legend { font-size: 0.875rem; color: var(--muted); }
.legend-item { margin-right: 0.75rem; white-space: nowrap; }
.swatch { display: inline-block; width: 0.75rem; height: 0.75rem; vertical-align: middle; }
.swatch.day-clear { height: 0.375rem; }

/* "Is it working?": the overall status line and one card per service. */
.overall-status {
  margin: 0 0 1.5rem;
  padding: 0.75rem 1rem;
  border-radius: 0.375rem;
  font-size: 1.125rem;
  font-weight: 700;
  color: var(--badge-text);
  background: var(--operational);
}
.overall-status.state-maintenance { background: var(--maintenance); }
.overall-status.state-degraded { color: var(--degraded-text); background: var(--degraded); }
.overall-status.state-partial-outage { background: var(--partial); }
.overall-status.state-major-outage { background: var(--major); }
.state-dot { display: inline-block; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: currentColor; }
.service-grid { list-style: none; margin: 0; padding: 0; }
.service-status { padding: 0.75rem 0 0.25rem; border-bottom: 1px solid var(--border); }
.service-heading { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 1rem; }
.service-name { margin: 0; font-size: 1.1rem; }
.service-state { margin: 0.25rem 0; }
.state-badge {
  display: inline-block;
  padding: 0.1rem 0.5rem;
  border-radius: 0.25rem;
  font-size: 0.875rem;
  font-weight: 700;
  color: var(--badge-text);
  background: var(--operational);
}
.state-badge.state-maintenance { background: var(--maintenance); }
.state-badge.state-degraded { color: var(--degraded-text); background: var(--degraded); }
.state-badge.state-partial-outage { background: var(--partial); }
.state-badge.state-major-outage { background: var(--major); }
.availability, .availability-rule, .totals, .back { color: var(--muted); }
.availability-rule { font-size: 0.875rem; }
.years ul, .periods { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.years a[aria-current="page"] { font-weight: 700; }
.statement { padding: 0.75rem 1rem; border-left: 0.375rem solid var(--scheduled); background: var(--surface); }

/* "Volgen": feeds, calendar, badge and API, for readers' software rather than their eyes. */
.subscribe { margin-top: 2.5rem; padding: 0 1rem 0.75rem; border: 1px solid var(--border); border-radius: 0.375rem; background: var(--surface); }
.subscribe h2 { margin-top: 0.75rem; }
.subscribe-links { margin: 0; padding-left: 1.25rem; }
.subscribe-links li { margin: 0.25rem 0; }

@media (min-width: 40rem) {
  h1 { font-size: 2rem; }
  .facts { grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 1rem; }
  .facts dd { margin: 0; }
  .row-meta { display: inline; margin-left: 0.25rem; }
}

@media print {
  .skip-link, .site-nav, .language-nav, .pagination, .follow, .subscribe { display: none; }
  body { max-width: none; padding: 0; color: #000; background: #fff; font-size: 11pt; }
  a { color: #000; }
  main a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  main a[href^="#"]::after { content: ""; }
  .card, .timeline .update { break-inside: avoid; background: none; }
  .badge, .state-badge, .overall-status { color: #000; background: none; border: 1px solid #000; }
  .day, .swatch { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}

@media (prefers-reduced-motion: reduce) {
  * { scroll-behavior: auto; }
}

"""#,
    ]
}
