/** The explorer page's style, inlined by the page itself (the page is one file). */
export const STYLE = `
body { font: 13px/1.4 system-ui, sans-serif; margin: 0; color: #222; }
header { position: sticky; top: 0; background: #f7f7f7; border-bottom: 1px solid #ddd; padding: 8px 16px; z-index: 1; }
h1 { font-size: 16px; margin: 0 0 6px; } h1 .title { font-weight: normal; color: #555; }
h2 { font-size: 14px; margin: 18px 0 6px; border-bottom: 1px solid #eee; }
main { padding: 0 16px 24px; }
#seq { width: min(70vw, 900px); vertical-align: middle; }
table { border-collapse: collapse; } th, td { text-align: left; padding: 2px 12px 2px 0; font-family: ui-monospace, monospace; font-size: 12px; }
tr.state-running td.status, .container.state-running .status { color: #1a7f37; }
tr.state-paused td.status, .container.state-paused .status { color: #9a6700; }
tr.state-exited td.status, .container.state-exited .status { color: #777; }
#stacks { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; }
.stack { border: 1px solid #bbb; border-radius: 6px; padding: 6px; min-width: 150px; background: #fff; }
.stack.container { border-style: dashed; }
.stack .head { font-weight: bold; margin-bottom: 4px; } .stack .head .id, .stack .head .status { font-weight: normal; color: #666; }
.layer { border: 1px solid #999; border-radius: 3px; margin-top: 3px; padding: 2px 6px; font-family: ui-monospace, monospace; font-size: 11px; }
.layer.rw { background: #d5e8d4; } .layer.init { background: #f0f0f0; }
.layer .made { color: #444; white-space: pre-wrap; }
#event .current { font-family: ui-monospace, monospace; } #event .when { color: #666; }
#event ol.line { font-family: ui-monospace, monospace; font-size: 12px; color: #666; } #event li.here { color: #000; font-weight: bold; }
#lifecycle svg { max-width: 100%; height: auto; }
#lifecycle g.node.lit path, #lifecycle g.node.lit polygon { fill: #ffd966; stroke-width: 2; }
.none { color: #888; }
`;
