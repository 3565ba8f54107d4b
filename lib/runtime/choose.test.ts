import { describe, expect, it } from 'vitest';
import { chooseRuntime, describeUnavailable, parseHealth } from './choose';

describe('chooseRuntime', () => {
  it('uses the WebContainer when there is no server (static hosting)', () => {
    expect(chooseRuntime(null)).toEqual(['webcontainer']);
  });

  it('auto: prefers local when the server offers it, WebContainer as the fallback', () => {
    expect(chooseRuntime({ mode: 'auto', local: true })).toEqual(['local', 'webcontainer']);
  });

  it('auto: WebContainer only when the server does not offer local', () => {
    expect(chooseRuntime({ mode: 'auto', local: false })).toEqual(['webcontainer']);
  });

  it('webcontainer forced: falls back to local only when local is offered', () => {
    expect(chooseRuntime({ mode: 'webcontainer', local: true })).toEqual(['webcontainer', 'local']);
    expect(chooseRuntime({ mode: 'webcontainer', local: false })).toEqual(['webcontainer']);
  });

  it('local forced: local only, never the WebContainer', () => {
    expect(chooseRuntime({ mode: 'local', local: true })).toEqual(['local']);
  });
});

describe('parseHealth', () => {
  it('accepts a well-formed answer', () => {
    expect(parseHealth({ local: true, mode: 'auto' })).toEqual({ local: true, mode: 'auto' });
  });

  it('treats a malformed answer (e.g. an HTML 404 page parsed elsewhere) as no server', () => {
    expect(parseHealth(null)).toBeNull();
    expect(parseHealth('<html>')).toBeNull();
    expect(parseHealth({ local: 'yes', mode: 'auto' })).toBeNull();
    expect(parseHealth({ local: true, mode: 'cloud' })).toBeNull();
  });
});

describe('describeUnavailable', () => {
  it('explains each reason in plain words', () => {
    expect(describeUnavailable('webcontainer', 'offline')).toBe(
      'WebContainer runtime is unavailable: you are offline, and it needs the internet to start.',
    );
    expect(describeUnavailable('webcontainer', 'not-isolated')).toMatch(/not cross-origin isolated/);
    expect(describeUnavailable('local', 'no-local-server')).toMatch(
      /^local runtime is unavailable: no workbook server/,
    );
  });
});
