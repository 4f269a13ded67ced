// The badge's own stylesheet, scoped by its shadow root so page CSS cannot restyle it and it
// cannot restyle the page. The card is absolutely positioned: opening it never moves the page.
export const BADGE_CSS = `
:host { all: initial; position: relative; display: inline-block; margin-inline-start: 0.4em;
  vertical-align: baseline; font: 11px/1.3 system-ui, sans-serif;
  --kz-bg: #fff8e1; --kz-fg: #6d4c00; --kz-edge: #e0b100; --kz-card-bg: #ffffff; --kz-card-fg: #1f1f1f; --kz-muted: #5f6368; }
:host([data-kuzet-badge="suspected"]) { --kz-bg: #fff0e0; --kz-fg: #8a3b00; --kz-edge: #f08a24; }
:host([data-kuzet-badge="likely"]) { --kz-bg: #fde7e9; --kz-fg: #9b1c1c; --kz-edge: #d93025; }
@media (prefers-color-scheme: dark) {
  :host { --kz-bg: #3d3200; --kz-fg: #ffe08a; --kz-edge: #c9a000; --kz-card-bg: #202124; --kz-card-fg: #e8eaed; --kz-muted: #b0b4ba; }
  :host([data-kuzet-badge="suspected"]) { --kz-bg: #452300; --kz-fg: #ffc38a; --kz-edge: #e07b12; }
  :host([data-kuzet-badge="likely"]) { --kz-bg: #4a1214; --kz-fg: #ffb4ab; --kz-edge: #e5534b; }
}
button { all: unset; cursor: pointer; padding: 0 0.45em; border: 1px solid var(--kz-edge); border-radius: 0.7em;
  background: var(--kz-bg); color: var(--kz-fg); font: inherit; font-weight: 600; white-space: nowrap; }
button.fold { margin-inline-start: 0.3em; font-weight: 400; text-decoration: underline; }
button[hidden] { display: none; }
button:focus-visible { outline: 2px solid var(--kz-edge); outline-offset: 1px; }
[part="card"] { position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483647; box-sizing: border-box;
  width: max-content; max-width: min(26em, 90vw); padding: 0.7em 0.8em; border: 1px solid var(--kz-edge);
  border-radius: 6px; background: var(--kz-card-bg); color: var(--kz-card-fg); box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  font-size: 12px; white-space: normal; text-align: start; }
[part="card"][hidden] { display: none; }
h2 { all: unset; display: block; font-weight: 700; margin-bottom: 0.2em; }
p { margin: 0.3em 0; }
ul { margin: 0.4em 0; padding-inline-start: 1.1em; }
li { margin-bottom: 0.4em; }
.signal { font-weight: 600; }
.muted { color: var(--kz-muted); }
a { color: inherit; margin-inline-end: 0.6em; }
`;
