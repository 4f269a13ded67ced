// The report's only style, inline: no file or font is fetched, and it prints on paper as read.
export const REPORT_CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
.cluster{border-top:3px solid #b3261e;margin-top:2.5rem}.note{background:#fff8e1;padding:.5rem}
.privacy{background:#e8f5e9;padding:.5rem}.evidence{border-left:3px solid #999;margin:.6rem 0;padding:.2rem .6rem}
.evidence blockquote{margin:.3rem 0;white-space:pre-wrap;word-break:break-word}.meta{color:#555;font-size:.85rem}
.legend span{display:inline-block;margin-right:1rem}.swatch{display:inline-block;width:1.5rem;height:.25rem;vertical-align:middle;margin-right:.3rem}
svg{max-width:100%;height:auto;background:#fafafa;border:1px solid #eee}
@media print{.cluster{break-before:page}}
`;
