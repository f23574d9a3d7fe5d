/** Task pane entry (built to taskpane.js, loaded after office.js): renders the pane into the empty #app node. */
import { render } from 'preact';
import { officePaneEnv } from './office-pane-env';
import { TaskpaneApp } from './taskpane-app';

void Office.onReady(() => {
  const mount = document.getElementById('app');
  if (mount) render(<TaskpaneApp env={officePaneEnv()} />, mount);
});
