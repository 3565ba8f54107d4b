import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContent } from './build-content';
import { getLesson, getLessonParams, getNeighbours, getParts } from './read-generated';
import { makeRoot } from './test-fixture';
import { writeGenerated } from './write-generated';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const made = await makeRoot({});
  cleanup = made.cleanup;
  dir = path.join(made.root, '.generated/content');
  const build = await buildContent({ contentDir: 'lib/content/fixtures/content', cacheDir: null });
  await writeGenerated(dir, build);
}, 60_000);
afterAll(async () => cleanup());

describe('reading the generated content', () => {
  it('gives every lesson page in every locale', async () => {
    const params = await getLessonParams(dir);
    expect(params).toHaveLength(6);
    expect(params).toContainEqual({ locale: 'ko', part: 'testing', lesson: 'overriding-providers' });
  });

  it('reads a lesson by locale and slugs, and null for an unknown one', async () => {
    expect((await getLesson('ko', 'foundations', 'first-service', dir))?.title).toBe('첫 번째 서비스');
    expect(await getLesson('en', 'foundations', 'nope', dir)).toBeNull();
  });

  it('finds neighbours across part boundaries', async () => {
    const middle = await getNeighbours('en', 'foundations/feature-modules', dir);
    expect(middle.previous?.title).toBe('Your first service');
    expect(middle.next?.id).toBe('testing/overriding-providers');
    expect((await getNeighbours('en', 'foundations/first-service', dir)).previous).toBeUndefined();
    expect((await getNeighbours('en', 'testing/overriding-providers', dir)).next).toBeUndefined();
  });

  it('explains how to produce the content when it is missing', async () => {
    await expect(getParts('en', '/nonexistent')).rejects.toThrow(/scripts\/build-content\.ts/);
  });
});
