/** Data-subject requests: every stored message to or from one address (matched by its hash). */
import { useState } from 'preact/hooks';
import { shortDate, statusWords } from '../../../shared/ui/format-label';
import type { ReviewItemView } from '../../../shared/ui/review-types';
import { sendRequest } from '../../messaging/send-request';

/** The search form and its results. */
export function SubjectSearch({ now }: { now: Date }) {
  const [address, setAddress] = useState('');
  const [items, setItems] = useState<readonly ReviewItemView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="mg-dsr-h">
      <h2 id="mg-dsr-h">Data-subject search</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address.trim())) {
            setError('Enter an e-mail address, e.g. name@example.com');
            return;
          }
          setError(null);
          setItems((await sendRequest({ type: 'findBySubject', address })).items);
        }}
      >
        <label>
          E-mail address of the person{' '}
          <input type="email" value={address} onInput={(e) => setAddress((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">Search</button>
        {error ? <span class="mg-field-error">{error}</span> : null}
      </form>
      {items ? (
        <table class="mg-table" data-testid="subject-results">
          <caption>
            {items.length} stored message{items.length === 1 ? '' : 's'} to or from {address}
          </caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
              <th scope="col">Received</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={`${i.mailboxId}/${i.messageId}`}>
                <td>{i.subject}</td>
                <td>{i.categoryTitle}</td>
                <td>{statusWords(i.status)}</td>
                <td>{shortDate(i.receivedAt, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
