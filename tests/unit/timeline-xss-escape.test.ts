import { describe, expect, it } from 'vitest';
import xss from '../../src/features/timeline/vis-xss-escape';

describe('the xss stand-in vis-timeline draws strings through', () => {
  const filter = new xss.FilterXSS();

  it('turns markup into text, even the tags the xss package would keep', () => {
    expect(filter.process('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(filter.process('<b>OTAN</b>')).toBe('&lt;b&gt;OTAN&lt;/b&gt;');
  });

  it('leaves plain axis labels as they are, and escapes ampersands and apostrophes', () => {
    expect(filter.process('janv. 2024')).toBe('janv. 2024');
    expect(filter.process("l'OTAN & l’UE")).toBe('l&#39;OTAN &amp; l’UE');
  });
});
