/** htmlToText: HTML mail bodies become readable text by tokenizing, never by a DOM; hostile markup stays inert text-free. */
import { htmlToText } from '../../../shared/import';

describe('htmlToText', () => {
  it('drops tags, scripts, styles and comments and keeps the words in order', () => {
    expect(htmlToText('<div>Hello <b>Ada</b><script>steal()</script><style>.x{}</style><!-- note -->!</div>')).toBe(
      'Hello Ada!',
    );
  });

  it('does not end a tag at a > inside a quoted attribute', () => {
    expect(htmlToText('<a title="a > b" href=\'x>y\'>link</a> text')).toBe('link text');
  });

  it('turns block tags into line breaks and table cells into spaces', () => {
    expect(htmlToText('<p>one</p><p>two<br>three</p><table><tr><td>a</td><td>b</td></tr></table>')).toBe(
      'one\n\ntwo\nthree\n\na b',
    );
  });

  it('decodes named and numeric character references, leaving unknown and invalid ones as written', () => {
    expect(htmlToText('&pound;5 &euro;6 &#65;&#x42; &bogus; &#xD800; &lt;tag&gt;')).toBe(
      '£5 €6 AB &bogus; &#xD800; <tag>',
    );
  });

  it('keeps a lone < that starts no tag, and survives unclosed tags, comments and scripts', () => {
    expect(htmlToText('1 < 2 and 3<4')).toBe('1 < 2 and 3<4');
    expect(htmlToText('before<script>never closed')).toBe('before');
    expect(htmlToText('before<!-- never closed')).toBe('before');
    expect(htmlToText('before<div class="x')).toBe('before');
  });

  it('handles long adversarial input in one pass (no quadratic blow-up)', () => {
    const nasty = `${'<'.repeat(200_000)}${'<script>'.repeat(20_000)}${'&amp;'.repeat(50_000)}${'<td>'.repeat(50_000)}`;
    expect(typeof htmlToText(nasty)).toBe('string');
  });
});
