/** Background service worker: owns the database and answers the content scripts (filled in by the extension issue). */
export default defineBackground(() => {});
