import { describe, expect, it } from 'vitest';
import { knownPassword, onPasswordRemembered, passwordsVersion, rememberPassword } from '../../../src-renderer/workspace/document-passwords';

describe('document passwords of the session', () => {
  it('gives a password back for its document only, and tells listeners of each new one', () => {
    const heard: string[] = [];
    const stop = onPasswordRemembered(() => heard.push(knownPassword('D1') ?? '-'));
    const before = passwordsVersion();
    rememberPassword('D1', 'secret');
    expect(knownPassword('D1')).toBe('secret');
    expect(knownPassword('D2')).toBeUndefined();
    rememberPassword('D1', 'secret'); // the same again is no news
    rememberPassword('D1', 'other');
    stop();
    rememberPassword('D1', 'unheard');
    expect(heard).toEqual(['secret', 'other']);
    expect(passwordsVersion()).toBe(before + 3);
  });
});
