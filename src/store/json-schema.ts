import { z } from 'zod';
import { Store } from './schema';

/** The store's JSON Schema, generated from the same zod schema the builder and the app use. */
export function storeJsonSchema(): Record<string, unknown> {
  return {
    title: 'chronique event store',
    ...z.toJSONSchema(Store, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
