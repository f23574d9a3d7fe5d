/** CSS for full pages that render the shared components (review page, options, popup, the add-in's panes). */
import { labelStyles } from './label-styles';

/** Page CSS (includes the label styles). */
export const pageStyles = `${labelStyles.replace(/^:host.*$/gm, '')}
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
a { color: #0b57d0; }
button, select, input, textarea { font: inherit; color: #1f2328; }
button { padding: 3px 10px; border: 1px solid #57606a; border-radius: 4px; background: #f6f8fa; cursor: pointer; }
button:disabled { color: #57606a; cursor: default; }
:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.mg-table { border-collapse: collapse; width: 100%; margin-top: 8px; }
.mg-table caption { text-align: left; color: #1f2328; padding: 4px 0; }
.mg-table th, .mg-table td { border-bottom: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
.mg-table th { background: #f6f8fa; }
.mg-status, .mg-count { padding: 0 6px; border-radius: 8px; margin-right: 8px; white-space: nowrap; }
.mg-filters, .mg-decide { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.mg-decide { background: #f6f8fa; padding: 8px; border-radius: 6px; }
.mg-ok { color: #1b5e20; } .mg-bad { color: #8b1a1a; }
.mg-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.mg-field-error { color: #8b1a1a; display: block; font-size: 13px; }
.mg-banner { background: #fff3cd; color: #6d4c00; border: 1px solid #6d4c00; padding: 8px 12px; border-radius: 6px; }
`;
