/** Background service worker: owns the database and answers the content scripts and pages (see background/). */
import { startBackground } from '../background/start-background';

export default defineBackground(() => {
  startBackground();
});
