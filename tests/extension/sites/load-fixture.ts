/** Loads a synthetic webmail fixture (tests/fixtures/webmail) as a Document, plus a Location-like URL for it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

/** The fixture as a parsed document (happy-dom's DOMParser). */
export function loadFixture(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'webmail', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The fixture parsed in a window at `url` (its document.URL is `url`; e.g. a pop-out window's about:blank). */
export function loadFixtureAt(name: string, url: string): Document {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'webmail', name), 'utf8');
  const win = new Window({ url });
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A URL standing in for `location`. */
export function at(url: string): Location {
  return new URL(url) as unknown as Location;
}
