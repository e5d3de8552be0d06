import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { MESSAGE_SOURCE } from '../features/embed/embed-messages';
import type { Language } from '../shared/i18n/dictionary';
import { isoDayToTime, timeToIsoDay } from '../store/dates';
import { EMPTY_FILTERS } from '../store/filters';
import type { Store } from '../store/schema';
import { openParentChannel, type CommandHandler, type ParentChannel } from './parent-channel';
import type { EmbedState } from './use-embed-state';

/**
 * The host page: its commands in (select, setRange, setFilters, setLanguage), the embed's events
 * out (ready, select, rangechange), and the height the host's iframe should take: the content's,
 * never the viewport's. Returns what the timeline calls when its window settles.
 */
export function useHostChannel(
  store: Store,
  embed: EmbedState,
  language: Language,
  onLanguage: (language: Language) => void,
  rootRef: RefObject<HTMLElement | null>,
) {
  const { byId, selected, setSelected, setQuery, setFilters, setRequestedWindow } = embed;
  const channelRef = useRef<ParentChannel | null>(null);

  const handle: CommandHandler = (command) => {
    switch (command.type) {
      case 'select':
        if (command.id !== null && !byId.has(command.id)) return `unknown event: ${command.id}`;
        setSelected({ id: command.id, by: 'host' });
        return null;
      case 'setRange':
        setRequestedWindow({ start: isoDayToTime(command.start), end: isoDayToTime(command.end) });
        return null;
      case 'setFilters': {
        setFilters({ ...EMPTY_FILTERS, ...command.filters });
        if (command.q !== undefined) setQuery(command.q);
        const unknown = (['actors', 'places', 'themes'] as const).flatMap((group) =>
          (command.filters[group] ?? []).filter((id) => !store.entities[group].some((entity) => entity.id === id)),
        );
        return unknown.length > 0 ? `unknown filter ids, ignored: ${unknown.join(', ')}` : null;
      }
      case 'setLanguage':
        onLanguage(command.language);
        return null;
    }
  };
  const handleRef = useRef(handle);
  handleRef.current = handle;
  const readyRef = useRef({ events: store.events.length, event: selected.id, language });

  useEffect(() => {
    const channel = openParentChannel(window, (command) => handleRef.current(command));
    channelRef.current = channel;
    channel.post({ source: MESSAGE_SOURCE, type: 'ready', ...readyRef.current });
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, []);

  const announcedId = useRef(selected.id);
  useEffect(() => {
    if (announcedId.current === selected.id) return;
    announcedId.current = selected.id;
    channelRef.current?.post({ source: MESSAGE_SOURCE, type: 'select', id: selected.id });
  }, [selected.id]);

  // The content's height, whenever it changes.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const post = () => channelRef.current?.postSize(root.getBoundingClientRect().height);
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, [rootRef]);

  const lastRange = useRef('');
  return (shown: { start: number; end: number }) => {
    const start = timeToIsoDay(shown.start);
    const end = timeToIsoDay(shown.end);
    if (`${start}/${end}` === lastRange.current) return;
    lastRange.current = `${start}/${end}`;
    channelRef.current?.post({ source: MESSAGE_SOURCE, type: 'rangechange', start, end });
  };
}
