// src/go is a leaf: the Go emulation imports nothing else from src/ (node builtins and npm packages
// only), so it can be read, tested and reused on its own. A guard until a lint rule says the same.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GO = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/go');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Every module specifier of a file: static imports and re-exports, and dynamic imports. */
const specifiers = (source: string): string[] =>
  [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('src/go', () => {
  const all = files(GO);

  it('holds the Go emulation', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.map((f) => [relative(GO, f), f]))('%s imports nothing outside src/go', (_, file) => {
    const leaving = specifiers(readFileSync(file, 'utf8')).filter((s) => {
      if (!s.startsWith('.')) return false; // node builtins and npm packages
      const target = resolve(dirname(file), s);
      return relative(GO, target).startsWith('..');
    });
    expect(leaving).toEqual([]);
  });
});
