/** The HTML reference's inline stylesheet: light and dark themes follow the system setting. */
export const htmlStyle = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #59636e;
  --border: #d1d9e0;
  --card: #f6f8fa;
  --code-bg: #eff2f5;
  --link: #0959c9;
  --accent: #6a3fc7;
  --note: #0969da;
  --warning: #9a6700;
  --caution: #cf222e;
  --tip: #1a7f37;
  --target: #fff8c5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9198a1;
    --border: #3d444d;
    --card: #151b23;
    --code-bg: #1f2630;
    --link: #4493f8;
    --accent: #ab7df8;
    --note: #4493f8;
    --warning: #d29922;
    --caution: #f85149;
    --tip: #3fb950;
    --target: #3b2e0a;
  }
}
* { box-sizing: border-box; }
html { scroll-padding-top: 7.5rem; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
a { color: var(--link); }
code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
pre { background: var(--code-bg); padding: 0.75em 1em; border-radius: 6px; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; }
.page-header {
  position: sticky;
  top: 0;
  z-index: 1;
  background: var(--bg);
  border-bottom: 1px solid var(--border);
  /* line the header's content up with main's column */
  padding: 0.75rem max(1.25rem, calc((100% - 57.5rem) / 2));
}
.page-header h1 { margin: 0 0 0.5rem; font-size: 1.35rem; }
.search-row { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
#search {
  flex: 1 1 22rem;
  max-width: 44rem;
  font: inherit;
  padding: 0.45rem 0.7rem;
  color: var(--fg);
  background: var(--card);
  border: 1px solid var(--border);
  border-radius: 6px;
}
#search:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
#search-count { color: var(--muted); font-size: 0.9rem; }
#scope { font: inherit; padding: 0.4rem 0.5rem; color: var(--fg); background: var(--card); border: 1px solid var(--border); border-radius: 6px; }
.scope-badge { font-size: 0.75rem; font-weight: normal; color: var(--muted); border: 1px solid var(--border); border-radius: 999px; padding: 0 0.5rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
.no-results, .no-script { color: var(--muted); font-style: italic; }
.option {
  border: 1px solid var(--border);
  border-radius: 8px;
  padding: 0.25rem 1.1rem 0.6rem;
  margin: 0 0 1rem;
  background: var(--bg);
  /* off-screen options skip style and layout: a page of results, or every option without JavaScript */
  content-visibility: auto;
  contain-intrinsic-size: auto 14rem;
}
.option:target { background: var(--target); }
.option.active { outline: 2px solid var(--accent); outline-offset: 2px; }
mark { background: var(--target); color: inherit; border-radius: 2px; box-shadow: 0 0 0 1px var(--accent); }
#more, #earlier { font: inherit; padding: 0.4rem 0.9rem; margin: 0 0 1rem; color: var(--fg); background: var(--card); border: 1px solid var(--border); border-radius: 6px; cursor: pointer; }
.option h2 { font-size: 1.05rem; margin: 0.7rem 0 0.4rem; display: flex; align-items: baseline; gap: 0.4rem; word-break: break-all; }
.option-name { text-decoration: none; }
.option-name:hover { text-decoration: underline; }
.option h2 code { background: none; padding: 0; font-size: 1rem; color: var(--accent); }
.anchor-link { text-decoration: none; color: var(--muted); font-weight: normal; opacity: 0.55; }
.anchor-link:hover, .anchor-link:focus { opacity: 1; }
.anchor-link.copied::after { content: " link copied"; font-size: 0.8rem; font-family: system-ui, sans-serif; }
.description > :first-child { margin-top: 0; }
.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0.6rem 0 0.2rem; }
.details dt { color: var(--muted); font-weight: 600; }
.details dd { margin: 0; min-width: 0; }
.details dd pre { margin: 0; }
.details ul { margin: 0; padding-left: 1.1rem; }
.read-only { color: var(--caution); font-size: 0.85rem; margin-left: 0.4rem; }
.admonition { border-left: 4px solid var(--note); padding: 0.1rem 0.9rem; margin: 0.8rem 0; background: var(--card); border-radius: 0 6px 6px 0; }
.admonition-title { font-weight: 600; margin: 0.5rem 0 0.2rem; }
.admonition.warning { border-color: var(--warning); }
.admonition.caution { border-color: var(--caution); }
.admonition.tip { border-color: var(--tip); }
.admonition.important { border-color: var(--accent); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: 0.25rem 0.6rem; }
.support { font-size: 0.8rem; }
.support th { font-weight: 600; }
.support td { text-align: center; }
.support-uses { color: var(--tip); }
.support-ignores, .support-na { color: var(--muted); }
.support-warns { color: var(--warning); }
.support-refuses { color: var(--caution); font-weight: 600; }
.support-notes { font-size: 0.85rem; margin: 0.3rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
