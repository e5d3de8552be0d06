/** FNV-1a, 32 bits: a fast hash for text read one code unit at a time (not for security). */
export const FNV_OFFSET = 0x811c9dc5;

/** The hash after one more code unit. */
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
