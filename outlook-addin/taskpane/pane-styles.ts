/** CSS of the add-in's panes (added after the shared label styles). */
export const paneStyles = `
body { font: 14px/1.4 "Segoe UI", system-ui, sans-serif; margin: 0; color: #1b1b1b; }
.mg-pane, .mg-review { padding: 8px 12px; }
.mg-policy { color: #555; font-size: 12px; margin: 0 0 8px; }
.mg-problems { border-left: 4px solid #c50f1f; background: #fdf3f4; padding: 4px 8px; margin: 8px 0; }
.mg-problems h3 { font-size: 13px; margin: 4px 0; }
.mg-warn { border-left: 4px solid #c19c00; background: #fffbe6; padding: 6px 8px; }
.mg-error { color: #a4262c; }
.mg-note { color: #0b6a0b; }
fieldset { border: 0; padding: 0; margin: 8px 0; }
label { display: block; margin: 4px 0; }
input:not([type=radio]), select { width: 100%; box-sizing: border-box; }
button { margin: 6px 6px 0 0; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { text-align: left; border-bottom: 1px solid #ddd; padding: 3px 4px; }
`;
