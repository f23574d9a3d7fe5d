/**
 * CSS for the label chip and card, as a string: content scripts put it in each shadow root, pages in a <style>.
 * Colours keep at least 4.5:1 contrast on their backgrounds (axe-core checks the review page).
 * `chipStyles` is the part a list-row chip needs (hosts, chip, status colours): the hundreds of chip shadow roots of a
 * message list adopt a sheet of that part only; `labelStyles` is all of it.
 */
export const chipStyles = `
:host { all: initial; display: block; }
:host(mailguard-chip) { display: inline-block; margin: 0 4px; }
.mg-chip { display: inline-flex; align-items: center; gap: 4px; max-width: 24em; overflow: hidden; white-space: nowrap;
  text-overflow: ellipsis; font: 600 11px/16px system-ui, -apple-system, "Segoe UI", sans-serif; padding: 0 6px;
  border-radius: 8px; border: 1px solid currentColor; vertical-align: middle; }
.mg-chip .mg-cat { font-weight: 700; }
.mg-chip[data-source="preview"] { border-style: dashed; }
.mg-active { color: #1b5e20; background: #e8f5e9; }
.mg-due_soon { color: #6d4c00; background: #fff3cd; }
.mg-expired { color: #8b1a1a; background: #fdecea; }
.mg-legal_hold { color: #3b2a7a; background: #ede7f6; }
.mg-disposed { color: #3d3d3d; background: #eeeeee; }
`;

/** All label CSS: the chip's, then the card's. */
export const labelStyles = `${chipStyles}.mg-card { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #c8ccd0; border-left: 4px solid currentColor; border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
.mg-card h2 { font-size: 14px; margin: 0 0 4px; color: #1f2328; }
.mg-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
.mg-card dt { font-weight: 600; color: #1f2328; }
.mg-card dd { margin: 0; color: #1f2328; }
.mg-card ul { margin: 4px 0; padding-left: 18px; color: #1f2328; }
.mg-card button { font: inherit; margin-right: 6px; padding: 2px 10px; border-radius: 4px; border: 1px solid #57606a;
  background: #f6f8fa; color: #1f2328; cursor: pointer; }
.mg-card button:focus-visible, .mg-card select:focus-visible, .mg-card input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.mg-card form { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.mg-card .mg-note { color: #1b5e20; }
.mg-card .mg-error { color: #8b1a1a; }
`;
