/**
 * strata/testing: the model as an oracle for property tests of your own container tooling.
 *
 *   import fc from 'fast-check';
 *   import { scenario, runModel, invariants } from 'strata/testing';
 *   fc.assert(fc.property(scenario({ containers: 3, images: 2, maxCommands: 25 }),
 *     (s) => invariants.check(runModel(s).state).length === 0));
 *
 * - `scenario(options)`: docker command sequences generated from the model's state as they go;
 * - `runModel(scenario)`: what strata answers to each line, as the docker CLI prints it;
 * - `invariants`: the rules every state obeys, each a named check;
 * - `toDockerScript(scenario)`: the same lines as a bash script for a real engine;
 * - `modelCommands` / `modelSetup`: fast-check commands that compare your system with the model;
 * - `coverageLabels(run)`: what a run exercised, for `fc.statistics`.
 */
export { scenario, runModel, coverageLabels, boundsOf, type Scenario, type ScenarioOptions, type ModelRun, type ModelStep, type Coverage } from './scenario.js';
export { SCENARIO_VERBS, type ScenarioVerb } from './steps.js';
export { type ScenarioCommand, commandLine } from './plan.js';
export { invariants, type Invariant, type InvariantName } from './invariants.js';
export { toDockerScript } from './script.js';
export { clearRuns, modelCommands, modelSetup, type Adapter, type OracleModel } from './model-commands.js';
export { ModelSession, baseTar, STEP_MS, type SessionOptions } from './session.js';
export { Masker, observe, difference, type Observed, type Result } from './observe.js';
// for the conformance harness (src/conformance/): it snapshots a real engine's world in the same shape,
// and draws the kit's steps and lists, adding its own entries
export { normaliseWorld, tarListing, RECENT, type RawWorld } from './observe.js';
export { STEP_ARBITRARIES, type StepOf, commitStep, execStep, target } from './steps.js';
export { CHANGES, CREATE_FLAGS } from './programs.js';
export { PROGRAMS, EXEC_PROGRAMS, type ProgramKind } from './programs.js';
export { testEnvironment, type TestEnvironment } from './environment.js';
export { given, createRequest, type Given, type Then } from './decider-spec.js';
