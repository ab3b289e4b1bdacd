// Vitest setupFiles: runs in each test file's module graph before the file itself, so the seed is
// global before any property is declared (@fast-check/vitest's test.prop reads it when declared;
// fc.assert and fc.check read it when they run). A property that passes its own `seed` keeps it.
import fc from 'fast-check';
import { propertySeed } from './seed.js';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: propertySeed() });
