/** Classification of received mail by the policy's rules. */
export { type ClassifyContext, classifyEmail } from './classify-email';
export { describePeriod } from './describe-period';
export { messageText } from './message-text';
