/** Review pane entry (built to review.js, loaded after office.js): renders the review into the empty #app node. */

import { mountScan } from 'virtual:mailguard-scan';
import { render } from 'preact';
import { officePaneEnv } from '../taskpane/office-pane-env';
import { ReviewApp } from './review-app';

void Office.onReady(() => {
  const mount = document.getElementById('app');
  if (mount) render(<ReviewApp env={officePaneEnv()} mountScan={mountScan} />, mount);
});
