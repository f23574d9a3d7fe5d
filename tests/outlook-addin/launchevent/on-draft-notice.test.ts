/**
 * OnNewMessageCompose / OnMessageRecipientsChanged in the built bundle: an informational notice when sending would be
 * warned about or stopped, removed when no longer so; `completed()` exactly once, also when Outlook fails a read.
 */
import { LABEL_CACHE_KEY } from '../../../outlook-addin/common/label-cache';
import { NOTICE_KEY } from '../../../outlook-addin/launchevent/on-draft-notice';
import { cardDataLabel, colleague, draftSpec, unvetted } from '../fixtures';
import { loadHandlerRuntime } from '../run-handler';

function shown(rt: Awaited<ReturnType<typeof loadHandlerRuntime>>): Record<string, { type: string; message: string }> {
  return (rt.state.item as { notificationMessages: { shown: Record<string, { type: string; message: string }> } })
    .notificationMessages.shown;
}

describe('draft notices', () => {
  it('shows a notice on a forward of a card-data mail to an unvetted recipient', async () => {
    const rt = await loadHandlerRuntime(
      draftSpec(
        { composeType: 'forward', conversationId: 'conv-card', to: [unvetted], body: '' },
        { runtimeStorage: { [LABEL_CACHE_KEY]: JSON.stringify({ 'conv-card': cardDataLabel() }) } },
      ),
    );
    const completions = await rt.fire('onNewMessageComposeHandler');
    expect(completions).toEqual([null]);
    const notice = shown(rt)[NOTICE_KEY];
    expect(notice?.type).toBe('informationalMessage');
    expect(notice?.message).toContain('cheap-parts-online.example');
    expect(notice?.message.length).toBeLessThanOrEqual(150);
  });

  it('shows nothing for internal mail, and completes once', async () => {
    const rt = await loadHandlerRuntime(draftSpec({ to: [colleague], body: 'Lunch?' }));
    expect(await rt.fire('onMessageRecipientsChangedHandler')).toEqual([null]);
    expect(shown(rt)[NOTICE_KEY]).toBeUndefined();
  });

  it('completes once when Outlook fails to read the recipients', async () => {
    const rt = await loadHandlerRuntime(draftSpec({ to: [unvetted] }, { failures: { 'to.getAsync': 'fail' } }));
    expect(await rt.fire('onMessageRecipientsChangedHandler')).toEqual([null]);
  });
});
