/** Background service worker: owns the database and answers the content scripts and pages (see background/). */
import { startBackground } from '../background/start-background';
import { startPasteGuardRegistration } from '../send-guard/background/paste-guard-registration';

export default defineBackground(() => {
  startBackground();
  startPasteGuardRegistration();
});
