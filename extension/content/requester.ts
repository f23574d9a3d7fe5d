/** How content-script parts talk to the background: the typed `sendRequest`, injectable for tests. */
import type { RequestOf, ResponseOf, Verb } from '../messaging/protocol';

/** Sends one typed request and resolves with its value (rejects with the background's error). */
export type Requester = <V extends Verb>(request: RequestOf<V>) => Promise<ResponseOf<V>>;
