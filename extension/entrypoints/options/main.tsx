/** The options page (options.html): mounts the options app. */
import { render } from 'preact';
import { pageStyles } from '../../../shared/ui/page-styles';
import { OptionsApp } from './options-app';

const style = document.createElement('style');
style.textContent = pageStyles;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
