/** Builds the Outlook add-in into .output/outlook-addin/ (filled in by the add-in issue). */
console.log('outlook add-in: nothing to build yet');
