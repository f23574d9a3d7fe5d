/** CSS of the warn dialog and the compose banner (a string: content scripts put it in their shadow roots). */
export const warnDialogStyles = `
:host { all: initial; }
.mg-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center;
  justify-content: center; z-index: 2147483647; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.mg-dialog { background: #fff; color: #1f2328; max-width: 560px; width: calc(100% - 32px); max-height: calc(100% - 32px);
  overflow: auto; border-radius: 8px; padding: 16px 20px; box-shadow: 0 8px 32px rgba(0,0,0,.35);
  border-top: 6px solid #b35900; }
.mg-dialog[data-mode="block"] { border-top-color: #a40e26; }
.mg-dialog[data-mode="error"] { border-top-color: #3b2a7a; }
.mg-dialog h2 { font-size: 18px; margin: 0 0 8px; }
.mg-dialog h3 { font-size: 14px; margin: 12px 0 4px; }
.mg-dialog ul { margin: 0; padding-left: 20px; }
.mg-dialog li { margin: 2px 0; }
.mg-status { font-weight: 600; }
.mg-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.mg-dialog button { font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid #57606a; background: #f6f8fa;
  color: #1f2328; cursor: pointer; }
.mg-dialog button.mg-primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.mg-dialog button.mg-danger { background: #a40e26; border-color: #a40e26; color: #fff; }
.mg-dialog button:disabled { opacity: .6; cursor: default; }
.mg-dialog :focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.mg-dialog fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: 12px 0 0; padding: 8px 12px; }
.mg-dialog legend { font-weight: 600; padding: 0 4px; }
.mg-dialog label { display: block; margin: 4px 0; }
.mg-dialog textarea, .mg-dialog input[type="text"] { font: inherit; width: 100%; box-sizing: border-box; padding: 4px 6px;
  border: 1px solid #57606a; border-radius: 4px; }
.mg-error { color: #a40e26; margin: 6px 0 0; }
.mg-banner { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff8e1;
  border: 1px solid #b35900; border-left: 4px solid #b35900; border-radius: 4px; padding: 6px 10px; margin: 4px 0; }
.mg-banner[data-action="block"] { background: #fdecea; border-color: #a40e26; }
.mg-banner[data-action="info"] { background: #e8f0fe; border-color: #0b57d0; }
.mg-banner strong { font-weight: 700; }
`;
