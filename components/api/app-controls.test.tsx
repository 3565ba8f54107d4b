import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppControls } from './app-controls';
import { plainOutput } from './use-app-runner';

const render = (app: Parameters<typeof AppControls>[0]['app'], canStart = true) =>
  renderToStaticMarkup(<AppControls app={app} canStart={canStart} onStart={() => undefined} />);

describe('AppControls', () => {
  it('offers "Start app" while stopped and "Restart app" while running', () => {
    expect(render({ kind: 'stopped' })).toContain('>Start app</button>');
    expect(render({ kind: 'running', baseUrl: '/p', stale: false })).toContain('>Restart app</button>');
  });

  it('says when the running app is older than the edits', () => {
    expect(render({ kind: 'running', baseUrl: '/p', stale: true })).toContain('you edited files since it started');
  });

  it('shows why the app could not start, with the compiler output', () => {
    const html = render({
      kind: 'failed',
      message: 'The project did not compile; see the errors above.',
      output: "src/main.ts:3:1 - error TS1005: ';' expected.",
    });
    expect(html).toContain('The app could not start: The project did not compile');
    expect(html).toContain('error TS1005');
  });

  it('cannot start before the runtime is ready, nor twice at once', () => {
    expect(render({ kind: 'stopped' }, false)).toMatch(/<button[^>]*disabled/);
    expect(render({ kind: 'starting' })).toMatch(/<button[^>]*disabled/);
  });
});

describe('plainOutput', () => {
  it('drops terminal colours and keeps the end of long output', () => {
    expect(plainOutput('\u001b[91merror\u001b[0m TS1005\r\n')).toBe('error TS1005\n');
    const long = `${'x'.repeat(20_000)}END`;
    expect(plainOutput(long).endsWith('END')).toBe(true);
    expect(plainOutput(long).length).toBeLessThanOrEqual(8000);
  });
});
