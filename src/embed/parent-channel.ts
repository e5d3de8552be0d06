/**
 * The embed's line to the page that embeds it. Commands are read only from window.parent (a
 * sibling frame or a popup of another origin is ignored), validated, and answered with an error
 * message when unusable; nothing here throws. Messages go to the parent's origin only: the one a
 * command came from, else the origin of document.referrer. With neither, only the size message is
 * sent, to '*': a height tells nothing about the reader.
 */
import { errorMessage, parseCommand, sizeMessage, type EmbedCommand, type OutgoingMessage } from '../features/embed/embed-messages';

export function referrerOrigin(referrer: string): string | null {
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export interface ParentChannel {
  /** Whether the page is inside a frame at all. */
  readonly embedded: boolean;
  post(message: OutgoingMessage): void;
  postSize(height: number): void;
  close(): void;
}

/** Applies a valid command; returns why it could not be applied, or null when it was. */
export type CommandHandler = (command: EmbedCommand) => string | null;

export function openParentChannel(self: Window, onCommand: CommandHandler): ParentChannel {
  const parent = self.parent;
  const embedded = parent !== self;
  let parentOrigin = referrerOrigin(self.document.referrer);

  const send = (message: unknown, origin: string | null) => {
    if (!embedded || origin === null) return;
    try {
      parent.postMessage(message, origin);
    } catch {
      // A parent that navigated away: nothing to tell.
    }
  };

  const onMessage = (event: MessageEvent) => {
    if (!embedded || event.source !== parent) return;
    const parsed = parseCommand(event.data);
    if (parsed === null) return;
    // The browser vouches for event.origin: answers go back to whoever asked, i.e. the parent.
    if (event.origin && event.origin !== 'null') parentOrigin = event.origin;
    if (!parsed.ok) {
      send(parsed.error, event.origin);
      return;
    }
    let reason: string | null;
    try {
      reason = onCommand(parsed.command);
    } catch (error) {
      reason = error instanceof Error ? error.message : 'failed';
    }
    if (reason !== null) send(errorMessage(parsed.command.type, reason), event.origin);
  };

  self.addEventListener('message', onMessage);
  return {
    embedded,
    post: (message) => send(message, parentOrigin),
    postSize: (height) => send(sizeMessage(height), parentOrigin ?? '*'),
    close: () => self.removeEventListener('message', onMessage),
  };
}
