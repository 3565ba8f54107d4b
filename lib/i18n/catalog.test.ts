// Every messages file must say the same things in every language.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/content/types';
import type { MessageCatalog, Messages } from './define-messages';

const dir = path.join(import.meta.dirname, 'messages');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

async function catalogsOf(file: string): Promise<Array<[string, MessageCatalog<Messages>]>> {
  const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
  return Object.entries(exported).filter((entry): entry is [string, MessageCatalog<Messages>] => {
    const value = entry[1] as Record<string, unknown> | null;
    return typeof value === 'object' && value !== null && LOCALES.every((locale) => locale in value);
  });
}

describe.each(files)('lib/i18n/messages/%s', (file) => {
  it('defines at least one catalog', async () => {
    expect((await catalogsOf(file)).length, `${file} should export a defineMessages(...) catalog`).toBeGreaterThan(0);
  });

  it('has the same keys, kinds and parameters in every language, and no empty text', async () => {
    for (const [name, catalog] of await catalogsOf(file)) {
      const english = catalog.en;
      for (const locale of LOCALES) {
        const messages = catalog[locale];
        expect(Object.keys(messages).sort(), `${name}.${locale} keys`).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(messages)) {
          const original = english[key];
          expect(typeof message, `${name}.${locale}.${key} kind`).toBe(typeof original);
          if (typeof message === 'string') expect(message.trim(), `${name}.${locale}.${key}`).not.toBe('');
          else expect(message.length, `${name}.${locale}.${key} parameters`).toBe((original as () => string).length);
        }
      }
    }
  });
});
