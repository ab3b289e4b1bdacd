/**
 * The walls between strata's parts, checked by dependency-cruiser over src/ as part of `npm test`
 * (`npm run lint:walls`; test/lint/walls.test.ts shows that each rule catches what it forbids).
 * Type-only imports count as imports (tsPreCompilationDeps): a wall holds for types too.
 *
 * The domain is the model itself: decide, evolve, and the folders container, image, layer, sh, build
 * (but for its context reader, build/context-fs.ts), core and go.
 */
const DOMAIN = [
  '^src/(decide|evolve)[.]ts$',
  '^src/(container|image|layer|sh|build|core|go)/',
];
/** Reads the build context from its directory: the one file of build/ that touches the disk, by design. */
const CONTEXT_READER = '^src/build/context-fs[.]ts$';
/** What the CLI and the conformance drivers import the library through. */
const ENTRIES = '^src/(index|testing/index)[.]ts$';
/** What src/cli/main.ts loads by dynamic imports, when a verb needs it (see cli-defers-writer-reader-checker). */
const DEFERRED = '^src/(strata|reader|check/main)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // Wall: the model is pure; the disk, processes and the network are the callers' (the store, the
      // CLI, host/busybox.ts, the build context reader).
      name: 'domain-no-io',
      comment: 'The domain (decide, evolve, container, image, layer, sh, build but its context reader, core, go) never imports node:fs, child_process or net.',
      severity: 'error',
      from: { path: DOMAIN, pathNot: CONTEXT_READER },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|net)$' },
    },
    {
      // Wall: the domain knows nothing of the store, the CLI or the conformance harness that use it.
      name: 'domain-no-outer-layers',
      comment: 'The domain never imports src/log, src/cli or src/conformance.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/(log|cli|conformance)/' },
    },
    {
      // Wall: src/go emulates Go's standard library and nothing else; it can be read, tested and
      // reused on its own (node builtins and npm packages only).
      name: 'go-is-a-leaf',
      comment: 'src/go imports nothing else of src/.',
      severity: 'error',
      from: { path: '^src/go/' },
      to: { path: '^src/', pathNot: '^src/go/' },
    },
    {
      // Wall: the CLI is a client of the library's public entry points, which export what it needs
      // deliberately. The modules main.ts loads late are let through here and held by the next rule.
      name: 'cli-through-the-entries',
      comment: 'src/cli imports the library only through src/index.ts and src/testing/index.ts (and its own folder).',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: [ENTRIES, '^src/cli/', DEFERRED] },
    },
    {
      // The one exemption, and why: main.ts loads the writer (strata.ts) and the reader (reader.ts)
      // only for a verb that needs them, and the checker (check/main.ts, a program beside the CLI, not
      // part of the library) only for `strata check` and `export promela`, each by a dynamic import.
      // Through src/index.ts the whole library would be initialised with every command of the
      // bundled CLI (and every verb group with it, as index.ts re-exports the CLI in process): a few
      // milliseconds more for each command that does not write, against ARCHITECTURE.md's rule that
      // a command loads its own verb group and what that imports, nothing else.
      name: 'cli-defers-writer-reader-checker',
      comment: 'src/cli reaches src/strata.ts, src/reader.ts and src/check/main.ts only from main.ts, by dynamic imports.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: DEFERRED, dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'cli-defers-only-in-main',
      comment: 'Only src/cli/main.ts loads the writer, the reader or the checker itself.',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/main[.]ts$' },
      to: { path: DEFERRED },
    },
    {
      // Wall: the conformance harness is a client of the library's entry points too, and runs the CLI
      // itself as its model driver (the model answers as the CLI prints).
      name: 'conformance-through-the-entries',
      comment: 'src/conformance imports the library only through src/index.ts and src/testing/index.ts (and its own folder, and src/cli as its model driver).',
      severity: 'error',
      from: { path: '^src/conformance/' },
      to: {
        path: '^src/',
        pathNot: [ENTRIES, '^src/conformance/', '^src/cli/'],
      },
    },
  ],
  options: {
    // the walls are about src/: what it imports from node_modules is neither followed nor checked
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
