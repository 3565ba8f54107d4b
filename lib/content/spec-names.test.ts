import { describe, expect, it } from 'vitest';
import { collectTestNames, hasTestNamed } from './spec-names';

const names = (source: string, file = 'src/x.spec.ts') => collectTestNames({ [file]: source });

describe('collectTestNames', () => {
  it('joins nested describe and it titles with " > ", as Vitest fullName does', () => {
    const found = names(`
      describe('OrdersService', () => {
        beforeEach(() => {});
        describe('create', () => {
          it('stores the order', () => {});
          test(\`rejects an empty cart\`, async () => {});
        });
        it('lists orders', () => {});
      });
      it('top level', () => {});
    `);
    expect([...found.exact]).toEqual([
      'OrdersService > create > stores the order',
      'OrdersService > create > rejects an empty cart',
      'OrdersService > lists orders',
      'top level',
    ]);
  });

  it('reads shared suites in *.contract.ts, whose describe title is a parameter', () => {
    const contract = `export function describeStoreContract(name: string, make: () => Store) {
      describe(name, () => { it('keeps what it is given', () => {}); });
    }`;
    const found = collectTestNames({ 'src/store.contract.ts': contract, 'src/store.ts': "it('not a test', () => {})" });
    expect(hasTestNamed(found, 'MemoryStore > keeps what it is given')).toBe(true);
    expect(hasTestNamed(found, 'not a test')).toBe(false);
  });

  it('understands skip, only, todo, concurrent, skipIf and suite variants', () => {
    const found = names(`
      describe.skip('A', () => { it.only('a', () => {}); });
      suite('B', () => { test.concurrent('b', () => {}); it.todo('later'); });
      describe.skipIf(process.env.CI)('C', () => { it.runIf(true)('c', () => {}); });
    `);
    expect([...found.exact]).toEqual(['A > a', 'B > b', 'B > later', 'C > c']);
  });

  it('turns .each titles with placeholders into patterns and keeps plain ones exact', () => {
    const found = names(`
      describe.each([['x'], ['y']])('with %s', (v) => {
        it.each([1, 2])('counts %i items', () => {});
        it('plain', () => {});
      });
      test.for([{ a: 1 }])('object $a is 100%%', () => {});
      it.each([1])('no placeholder', () => {});
    `);
    expect(hasTestNamed(found, 'with x > counts 2 items')).toBe(true);
    expect(hasTestNamed(found, 'with y > plain')).toBe(true);
    expect(hasTestNamed(found, 'object 1 is 100%')).toBe(true);
    expect(hasTestNamed(found, 'no placeholder')).toBe(true);
    expect(hasTestNamed(found, 'counts 2 items')).toBe(false);
    expect(hasTestNamed(found, 'with x > counts items')).toBe(false);
  });

  it('matches computed titles loosely and ignores calls inside test bodies and non-spec files', () => {
    const found = collectTestNames({
      'src/a.spec.ts': `
        const title = 'dynamic';
        describe(title, () => { it('inner', () => {}); });
        it('outer', () => { describe('not a suite', () => {}); });
        it(\`with \${title}\`, () => {});
      `,
      'src/helper.ts': "it('not a spec file', () => {});",
      'test/app.e2e-spec.ts': "it('e2e is not run by the unit config', () => {});",
    });
    expect([...found.exact]).toEqual(['outer']);
    expect(hasTestNamed(found, 'inner')).toBe(false);
    expect(hasTestNamed(found, 'dynamic > inner')).toBe(true);
    expect(hasTestNamed(found, 'with dynamic')).toBe(true);
    expect(hasTestNamed(found, 'not a suite')).toBe(false);
  });
});
