/**
 * The embed's postMessage API, as data: the commands a host page may send in, validated here
 * (never trusted, never thrown), and the shapes the embed sends out. Pure TypeScript.
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../shared/i18n/dictionary';
import { DateFrom, Id, IsoDay, Kind } from '../../store/schema';

export const MESSAGE_SOURCE = 'chronique';

/** The size message in the convention newsroom embeds share (AMP, Datawrapper, @newswire/frames). */
export interface SizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function sizeMessage(height: number): SizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height: Math.max(0, Math.ceil(height)) };
}

const MAX_LIST = 50;
const ids = z.array(Id.max(200)).max(MAX_LIST);

const FiltersInput = z
  .object({
    actors: ids,
    places: ids,
    themes: ids,
    kinds: z.array(Kind).max(MAX_LIST),
    dateFrom: z.array(DateFrom).max(MAX_LIST),
    years: z.array(z.number().int().min(1000).max(9999)).max(MAX_LIST),
  })
  .partial()
  .strict();

const envelope = { source: z.literal(MESSAGE_SOURCE) };

const SelectCommand = z.object({ ...envelope, type: z.literal('select'), id: Id.max(200).nullable() }).strict();
const SetRangeCommand = z
  .object({ ...envelope, type: z.literal('setRange'), start: IsoDay, end: IsoDay })
  .strict()
  .refine((command) => command.start < command.end, { message: 'start must be before end', path: ['end'] });
const SetFiltersCommand = z
  .object({ ...envelope, type: z.literal('setFilters'), filters: FiltersInput, q: z.string().max(200).optional() })
  .strict();
const SetLanguageCommand = z
  .object({ ...envelope, type: z.literal('setLanguage'), language: z.enum(LANGUAGES as [Language, ...Language[]]) })
  .strict();

const COMMANDS = {
  select: SelectCommand,
  setRange: SetRangeCommand,
  setFilters: SetFiltersCommand,
  setLanguage: SetLanguageCommand,
} as const;

export type CommandType = keyof typeof COMMANDS;
export type EmbedCommand =
  z.infer<typeof SelectCommand> | z.infer<typeof SetRangeCommand> | z.infer<typeof SetFiltersCommand> | z.infer<typeof SetLanguageCommand>;

export interface ErrorMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'error';
  /** The command's type as sent (null when there was none to read). */
  command: string | null;
  reason: string;
}

/** What the embed tells its host. Days are ISO (YYYY-MM-DD). */
export type OutgoingMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'ready'; events: number; event: string | null; language: Language }
  | { source: typeof MESSAGE_SOURCE; type: 'select'; id: string | null }
  | { source: typeof MESSAGE_SOURCE; type: 'rangechange'; start: string; end: string }
  | ErrorMessage;

export type ParsedCommand = { ok: true; command: EmbedCommand } | { ok: false; error: ErrorMessage };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function errorMessage(command: string | null, reason: string): ErrorMessage {
  return { source: MESSAGE_SOURCE, type: 'error', command, reason };
}

/**
 * A message from the host: null when it is not addressed to chronique at all (other scripts talk
 * over postMessage too: those are ignored, not answered), else the command or the error to answer.
 */
export function parseCommand(data: unknown): ParsedCommand | null {
  if (!isRecord(data) || data.source !== MESSAGE_SOURCE) return null;
  const type = typeof data.type === 'string' ? data.type.slice(0, 50) : null;
  if (type === null || !Object.hasOwn(COMMANDS, type)) {
    return { ok: false, error: errorMessage(type, `unknown command; expected one of ${Object.keys(COMMANDS).join(', ')}`) };
  }
  const result = COMMANDS[type as CommandType].safeParse(data);
  if (result.success) return { ok: true, command: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: errorMessage(type, `${where}${issue?.message ?? 'invalid command'}`) };
}
