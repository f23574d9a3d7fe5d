/**
 * Our UI's anchor in a webmail page: a `<mailguard-…>` element with an open shadow root holding the label styles.
 * Rendering goes through Preact (text only: mail content is never inserted as HTML).
 */
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { chipStyles, labelStyles } from '../../shared/ui/label-styles';

/** Which styles a root needs: a list-row chip's only, or all the label styles (card, banner). */
export type StylePart = 'chip' | 'label';

/** Each part's shared sheet, as the one-item list a root adopts (made once: hundreds of chips adopt it). */
const sharedSheets: Record<StylePart, readonly CSSStyleSheet[] | null | undefined> = {
  chip: undefined,
  label: undefined,
};

/** Gives a shadow root the label styles (one shared constructed sheet; a <style> where adopting fails). */
export function adoptStyles(shadow: ShadowRoot, part: StylePart = 'label'): void {
  const css = part === 'chip' ? chipStyles : labelStyles;
  let sheets = sharedSheets[part];
  if (sheets === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets = [sheet];
    } catch {
      sheets = null;
    }
    sharedSheets[part] = sheets;
  }
  if (sheets) {
    try {
      shadow.adoptedStyleSheets = sheets as CSSStyleSheet[];
      return;
    } catch {
      // Firefox content scripts cannot always adopt a sheet built in their own compartment.
    }
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

/** A mounted host: its element and the node Preact renders into. */
export interface ShadowHost {
  readonly host: HTMLElement;
  readonly mount: HTMLElement;
}

/** Tag names of our hosts; the observer skips them. */
export const HOST_TAGS = ['MAILGUARD-CHIP', 'MAILGUARD-LABEL', 'MAILGUARD-BANNER'] as const;

/** Creates (not yet inserted) a host element of the given tag with its shadow root and an empty mount node. */
export function createShadowHost(tag: 'mailguard-chip' | 'mailguard-label' | 'mailguard-banner'): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow);
  const mount = document.createElement('span');
  shadow.append(mount);
  return { host, mount };
}

/** Renders (or re-renders) UI into a host. */
export function renderInto(host: ShadowHost, ui: ComponentChild): void {
  render(ui, host.mount);
}

/** Unmounts the UI and removes the host from the page. */
export function destroyHost(host: ShadowHost): void {
  render(null, host.mount);
  host.host.remove();
}
