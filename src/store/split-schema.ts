/**
 * The split store's two files as zod schemas, made of the single file's own pieces (schema.ts),
 * for their JSON Schemas (data/store-index.schema.json, data/store-shard.schema.json) and for the
 * builder's check of what it writes. The app reads the split form zod-free (split-store.ts) and
 * validates what it joins with the store's rules.
 */
import { z } from 'zod';
import {
  Article,
  DateFrom,
  DateSpec,
  Entities,
  Event,
  Id,
  IsoDay,
  Kind,
  Localized,
  Precision,
  SCHEMA_VERSION,
  ShortLabel,
  Status,
} from './schema';
import { SHARD_FORMAT, SPLIT_FORMAT } from './split-store';

const columnOf = <T extends z.ZodType>(item: T) => z.array(item);
const position = z.number().int().nonnegative();
const localizedColumns = (item: z.ZodType<string>) => z.object({ fr: columnOf(item), en: columnOf(item) }).strict();

export const SplitIndexSchema = z
  .object({
    format: z.literal(SPLIT_FORMAT),
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: Localized,
    entities: Entities,
    articles: z.array(Article.omit({ text: true, notes: true }).extend({ shard: position }).strict()),
    events: z
      .object({
        id: columnOf(Id),
        start: columnOf(IsoDay),
        end: columnOf(IsoDay.nullable()),
        precision: columnOf(Precision),
        from: columnOf(DateFrom),
        status: columnOf(Status),
        kind: columnOf(Kind),
        title: localizedColumns(Localized.shape.fr),
        short: localizedColumns(ShortLabel.shape.fr),
        actors: columnOf(z.array(position)),
        places: columnOf(z.array(position)),
        themes: columnOf(z.array(position)),
        shard: columnOf(position),
      })
      .strict()
      .describe('one array per field, each with one value per event, in the store’s order'),
    shards: z.array(z.string().regex(/^[\w.-]+(?:\/[\w.-]+)*\.json$/)).describe('shard files, relative to the index'),
  })
  .strict();

export const ShardSchema = z
  .object({
    format: z.literal(SHARD_FORMAT),
    schemaVersion: z.literal(SCHEMA_VERSION),
    shard: position.describe('its own position in the index’s shards'),
    articles: z.array(Article.pick({ id: true, text: true, notes: true }).strict()),
    events: z.array(
      Event.pick({ id: true, summary: true, evidence: true, corroboration: true, notes: true })
        .extend({ date: z.object({ edtf: DateSpec.shape.edtf, basis: DateSpec.shape.basis }).strict() })
        .strict(),
    ),
  })
  .strict();

export function splitJsonSchemas(): { index: Record<string, unknown>; shard: Record<string, unknown> } {
  const options = { target: 'draft-2020-12', unrepresentable: 'any' } as const;
  return {
    index: { title: 'chronique split store: index', ...z.toJSONSchema(SplitIndexSchema, options) },
    shard: { title: 'chronique split store: shard', ...z.toJSONSchema(ShardSchema, options) },
  };
}
