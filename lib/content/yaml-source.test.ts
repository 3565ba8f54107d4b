import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlSource, validateYaml } from './yaml-source';

const yaml = `title: T
tasks:
  - id: a
    tests:
      - one
      - 2
  - id: b
`;

describe('parseYamlSource', () => {
  it('locates keys and list items, offset by the first line', () => {
    const source = parseYamlSource(yaml, 'f.mdx', 2);
    expect(source.positionOf(['title'])).toEqual({ line: 2, column: 1 });
    expect(source.positionOf(['tasks', 0, 'tests', 1])).toEqual({ line: 7, column: 9 });
    expect(source.positionOf(['tasks', 1, 'id'])).toEqual({ line: 8, column: 5 });
  });

  it('falls back to the closest existing parent for a missing value', () => {
    const source = parseYamlSource(yaml, 'f.mdx', 2);
    expect(source.positionOf(['tasks', 1, 'tests'])).toEqual({ line: 8, column: 5 });
    expect(source.positionOf(['tasks', 5])).toEqual({ line: 3, column: 1 });
  });

  it('reports YAML syntax errors where they are', () => {
    const source = parseYamlSource('a: 1\nb: [1, 2\nc: 3\n', 'part.yml');
    expect(source.value).toBeUndefined();
    // The unclosed [ is noticed where the next key starts.
    expect(source.errors[0]).toMatchObject({ file: 'part.yml', line: 3, column: 1 });
    expect(source.errors[0].message).toMatch(/^invalid YAML: /);
  });
});

describe('validateYaml', () => {
  it('turns each schema issue into an error at its field', () => {
    const schema = z.object({ title: z.string(), tasks: z.array(z.object({ id: z.string(), tests: z.array(z.string()) })) }).strict();
    const { errors } = validateYaml(parseYamlSource(yaml, 'f.mdx', 2), schema);
    expect(errors).toEqual([
      { file: 'f.mdx', line: 7, column: 9, message: 'tasks.0.tests.1: expected string, received number' },
      { file: 'f.mdx', line: 8, column: 5, message: 'tasks.1.tests: missing (expected array)' },
    ]);
  });
});
