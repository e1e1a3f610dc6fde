/**
 * The one stylesheet of the private pages, inlined and allowed by its hash (no other request).
 * Colours keep at least 7:1 contrast for text and links in both schemes (WCAG AAA body text).
 */
export const pageStyles = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1b; --muted: #4d4d4d; --link: #0b4fa8;
  --rule: #d0d0d0; --card: #f5f5f2; --accent: #7a3e00; --quote: #5a5a5a; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121416; --fg: #ececec; --muted: #b9b9b9; --link: #9cc4ff; --rule: #3a3d42;
    --card: #1d2024; --accent: #ffc27a; --quote: #c9c9c9; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 50rem; padding: 1rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  overflow-wrap: anywhere; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1rem; }
header p { margin: 0 0 .5rem; color: var(--muted); }
h1 { font-size: 1.6rem; margin: .25rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
nav ul { list-style: none; padding: 0; margin: .5rem 0 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
ul.plain { list-style: none; padding: 0; margin: 0; }
.card { background: var(--card); border: 1px solid var(--rule); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 1rem; }
.card h3 { margin-top: 0; }
.meta, .muted { color: var(--muted); font-size: .95rem; }
.event { margin: 0 0 1rem; }
.event p { margin: .15rem 0; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; }
.status { color: var(--accent); font-weight: 600; }
blockquote { margin: .25rem 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--rule); color: var(--quote); font-style: italic; }
.past { color: var(--muted); }
dl.settings { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; }
dl.settings dt { font-weight: 600; }
dl.settings dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .9rem; }
@media (max-width: 30rem) {
  body { padding: .75rem; }
  dl.settings { grid-template-columns: 1fr; }
  dl.settings dd { margin-bottom: .5rem; }
}
`;
