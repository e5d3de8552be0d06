/**
 * zod compiles object parsers with `new Function` unless told not to, and even its probe for eval
 * is reported as a violation by the page's CSP (no 'unsafe-eval'). It reads the setting when a
 * schema is created, so schema.ts imports this module first, before it creates any schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
