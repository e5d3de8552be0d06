import { describe, expect, it } from 'vitest';
import { ENGLISH_GROUP, FRENCH_GROUP, groupedCount } from '../../src/shared/i18n/grouped-count';
import { en } from '../../src/shared/i18n/en';
import { fr } from '../../src/shared/i18n/fr';

const counts = [0, 1, 7, 42, 999, 1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 1_000_000, 1_234_567, 98_765_432, -1, -1234];

describe('groupedCount', () => {
  it.each(counts)('writes %i as Intl.NumberFormat does, in French and in English', (count) => {
    expect(groupedCount(count, FRENCH_GROUP)).toBe(new Intl.NumberFormat('fr').format(count));
    expect(groupedCount(count, ENGLISH_GROUP)).toBe(new Intl.NumberFormat('en').format(count));
  });

  it('labels a cluster with its grouped count in each language', () => {
    expect(fr.timeline.clusterCount(23_440)).toBe('23\u202f440 événements');
    expect(en.timeline.clusterCount(23_440)).toBe('23,440 events');
    expect(en.timeline.clusterLabel(1200, '2001–2003')).toBe('1,200 events, 2001–2003; zoom in to see them');
  });
});
