import { describe, expect, it } from 'vitest';
import { parseAllowList, resolveDataUrl } from '../../src/app/data/data-source';
import { BUILT_IN_STORE_URL } from '../../src/app/data/store-query';

const here = { href: 'https://chronique.example/?data=x', origin: 'https://chronique.example' };
const allow = ['https://data.example.org'];
const resolve = (data: string) => resolveDataUrl(`?data=${encodeURIComponent(data)}`, here, allow);

describe('?data=: which store the app loads', () => {
  it('loads the built-in store without the parameter', () => {
    expect(resolveDataUrl('', here, allow)).toEqual({ url: BUILT_IN_STORE_URL });
    expect(resolveDataUrl('?event=x', here, allow)).toEqual({ url: BUILT_IN_STORE_URL });
  });

  it('loads a same-origin path, with its query, and a same-origin absolute URL', () => {
    expect(resolve('/hostile/a.json')).toEqual({ url: '/hostile/a.json' });
    expect(resolve('/data/store.json?v=2')).toEqual({ url: '/data/store.json?v=2' });
    expect(resolve('https://chronique.example/other.json')).toEqual({ url: '/other.json' });
    expect(resolve('/a/../data/store.json')).toEqual({ url: '/data/store.json' });
  });

  it('loads from an origin of the allow-list, and from no other', () => {
    expect(resolve('https://data.example.org/store.json')).toEqual({ url: 'https://data.example.org/store.json' });
    expect(resolve('http://data.example.org/store.json')).toEqual({ error: 'not-allowed', value: 'http://data.example.org/store.json' });
    expect(resolve('https://data.example.org.evil.com/store.json')).toMatchObject({ error: 'not-allowed' });
    expect(resolve('https://evil.com/store.json')).toMatchObject({ error: 'not-allowed' });
    expect(resolve('https://data.example.org@evil.com/store.json')).toMatchObject({ error: 'not-allowed' });
    expect(resolve('https://user:pw@data.example.org/store.json')).toMatchObject({ error: 'not-allowed' });
  });

  it.each([
    '//evil.com/store.json',
    '/\\evil.com/store.json',
    '\\\\evil.com/store.json',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:application/json,{}',
    'blob:https://chronique.example/1',
    'file:///etc/passwd',
    ' //evil.com',
    '/\t/evil.com',
  ])('refuses %j and never loads it', (value) => {
    const result = resolve(value);
    expect(result).toHaveProperty('error');
    expect(result).toMatchObject({ value });
  });

  it('refuses an empty, relative or overlong value as malformed', () => {
    expect(resolve('')).toEqual({ error: 'malformed', value: '' });
    expect(resolve('data/store.json')).toMatchObject({ error: 'malformed' });
    expect(resolve(`/${'a'.repeat(5000)}`)).toMatchObject({ error: 'malformed' });
  });

  it('reads the build-time allow-list, keeping only bare http(s) origins', () => {
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList(' https://a.example , http://b.example:8080/ ,javascript:x, https://c.example/path, ')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
  });
});
