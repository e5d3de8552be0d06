import { describe, expect, it, vi } from 'vitest';
import { openParentChannel, referrerOrigin, type CommandHandler } from '../../src/embed/parent-channel';

/** A frame window: an EventTarget with a parent whose postMessage is recorded. */
function fakeFrame(referrer: string, embedded = true) {
  const posted: { message: unknown; origin: string }[] = [];
  const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
  const self = Object.assign(new EventTarget(), { document: { referrer } }) as unknown as Window & EventTarget;
  Object.assign(self, { parent: embedded ? parent : self });
  const receive = (data: unknown, source: unknown, origin = 'https://host.example') =>
    self.dispatchEvent(Object.assign(new Event('message'), { data, source, origin }));
  return { self, parent, posted, receive };
}

describe('the embed’s channel to its parent', () => {
  it('takes the parent’s origin from the referrer, not its path', () => {
    expect(referrerOrigin('https://news.example/2025/rutte?x=1')).toBe('https://news.example');
    expect(referrerOrigin('')).toBeNull();
    expect(referrerOrigin('not a url')).toBeNull();
  });

  it('runs commands from the parent only; other windows are ignored and not answered', () => {
    const frame = fakeFrame('https://host.example/page');
    const handler = vi.fn<CommandHandler>(() => null);
    openParentChannel(frame.self, handler);
    frame.receive({ source: 'chronique', type: 'select', id: 'a' }, { postMessage() {} }, 'https://evil.example');
    frame.receive({ source: 'chronique', type: 'select', id: 'a' }, null);
    expect(handler).not.toHaveBeenCalled();
    expect(frame.posted).toEqual([]);
    frame.receive({ source: 'chronique', type: 'select', id: 'a' }, frame.parent);
    expect(handler).toHaveBeenCalledWith({ source: 'chronique', type: 'select', id: 'a' });
  });

  it('answers an invalid command, or one the handler refuses, to the origin that sent it', () => {
    const frame = fakeFrame('');
    openParentChannel(frame.self, () => 'unknown event: b');
    frame.receive({ source: 'chronique', type: 'setLanguage', language: 'xx' }, frame.parent, 'https://host.example');
    frame.receive({ source: 'chronique', type: 'select', id: 'b' }, frame.parent, 'https://host.example');
    expect(frame.posted).toEqual([
      { origin: 'https://host.example', message: expect.objectContaining({ type: 'error', command: 'setLanguage' }) },
      { origin: 'https://host.example', message: { source: 'chronique', type: 'error', command: 'select', reason: 'unknown event: b' } },
    ]);
  });

  it('a handler that throws becomes an error answer, never an exception', () => {
    const frame = fakeFrame('https://host.example/');
    openParentChannel(frame.self, () => {
      throw new Error('boom');
    });
    expect(() => frame.receive({ source: 'chronique', type: 'select', id: 'a' }, frame.parent)).not.toThrow();
    expect(frame.posted[0]?.message).toMatchObject({ type: 'error', reason: 'boom' });
  });

  it('sends events to the referrer’s origin only, and the size to anyone when no origin is known', () => {
    const known = fakeFrame('https://host.example/article');
    const channel = openParentChannel(known.self, () => null);
    channel.post({ source: 'chronique', type: 'select', id: 'a' });
    channel.postSize(300.4);
    expect(known.posted).toEqual([
      { origin: 'https://host.example', message: { source: 'chronique', type: 'select', id: 'a' } },
      { origin: 'https://host.example', message: { sentinel: 'amp', type: 'embed-size', height: 301 } },
    ]);

    const unknown = fakeFrame('');
    const blind = openParentChannel(unknown.self, () => null);
    blind.post({ source: 'chronique', type: 'select', id: 'a' });
    blind.postSize(200);
    expect(unknown.posted).toEqual([{ origin: '*', message: { sentinel: 'amp', type: 'embed-size', height: 200 } }]);
  });

  it('stays silent when the page is not in a frame, and stops listening once closed', () => {
    const top = fakeFrame('https://host.example/', false);
    const handler = vi.fn<CommandHandler>(() => null);
    const channel = openParentChannel(top.self, handler);
    expect(channel.embedded).toBe(false);
    top.receive({ source: 'chronique', type: 'select', id: 'a' }, top.self);
    expect(handler).not.toHaveBeenCalled();

    const frame = fakeFrame('https://host.example/');
    const closing = openParentChannel(frame.self, handler);
    closing.close();
    frame.receive({ source: 'chronique', type: 'select', id: 'a' }, frame.parent);
    expect(handler).not.toHaveBeenCalled();
  });
});
