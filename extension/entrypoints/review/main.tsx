/** The review page (unlisted extension page, review.html): mounts the review app. */
import { render } from 'preact';
import { pageStyles } from '../../../shared/ui/page-styles';
import { ReviewApp } from './review-app';

const style = document.createElement('style');
style.textContent = pageStyles;
document.head.append(style);
const root = document.getElementById('app');
if (root) render(<ReviewApp />, root);
