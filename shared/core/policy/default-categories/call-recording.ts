import type { PolicyCategory } from '../schema';

/** Voicemail notices, call recordings and requests about them, whoever passes them on. */
export const callRecording: PolicyCategory = {
  id: 'call_recording',
  title: 'Call recording',
  description:
    'A call recording or voicemail (as an audio attachment or a notice from the phone system), or a request for ' +
    'one. Recordings live with the call-recording provider, not in mail.',
  lawfulBasis: 'legitimate_interests',
  retention: {
    period: 'P3M',
    atEnd: 'dispose',
    rationale:
      'The policy keeps calls for 3 months with the call-recording provider; a copy in mail must not outlive it. ' +
      'A recording needed to defend a claim goes on legal hold instead.',
  },
  clause:
    'We currently use a standard call recording package where calls are kept for 3 months with a Third Party ' +
    'provider.',
  rules: {
    subject: [
      'voicemail',
      'voice mail',
      'voice message',
      'call recording',
      'recorded call',
      'recording of the call',
      'recording of my call',
      'missed call',
      'phone conversation',
      'telephone conversation',
      'call recordings',
      'recording',
      'recordings',
    ],
    body: [
      'voicemail',
      'voice mail',
      'voice message',
      'call recording',
      'recorded call',
      'recording of the call',
      'recording of our call',
      'recording of my call',
      'recording of our conversation',
      'left a message',
      'left you a message',
      'listen to the recording',
      'listen to the message',
      'caller id',
      'missed call',
      'recording portal',
      'copy of the recording',
      'recording of the conversation',
      'phone conversation',
      'telephone conversation',
      'call recordings',
      'recordings of',
      'copy of the call',
      'copy of my call',
      'the call i had',
      'the call you took',
      'pull the call',
      'calls are recorded',
      'call was recorded',
      'pull the recording',
      'copy of that recording',
      'copy of that call',
      'transcript of the call',
      'transcript of that call',
      'transcript of our call',
    ],
    attachments: ['wav', 'mp3', 'm4a', 'ogg', 'wma', 'amr', 'gsm', 'aac', 'audio/'],
    kinds: [],
    weight: 5,
  },
  sharing: 'block',
};
