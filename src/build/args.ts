/**
 * Build arguments (moby 20.10 builder/dockerfile/buildargs.go): `--build-arg` values, the ARGs a
 * stage declares (only those reach RUN's environment and the expansion of later instructions), the
 * meta ARGs before the first FROM (only FROM sees them, unless a stage declares them again), and the
 * proxy variables that are allowed without being declared.
 */
import { compareBytes } from '../go/strings.js';

const BUILTIN = new Set(['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']);

/** A value, or undefined for an ARG without a default (`ARG NAME`) or `--build-arg NAME` unset in the client's environment. */
type Value = string | undefined;

export class BuildArgs {
  private readonly allowed = new Map<string, Value>();
  private readonly meta: Map<string, Value>;
  private readonly referenced: Set<string>;

  constructor(
    private readonly fromOptions: ReadonlyMap<string, Value>,
    meta = new Map<string, Value>(),
    referenced = new Set<string>(),
  ) {
    this.meta = meta;
    this.referenced = referenced;
  }

  /** A stage's view: the meta ARGs and what was referenced so far, no stage ARG allowed yet (Clone + ResetAllowed). */
  forStage(): BuildArgs {
    return new BuildArgs(this.fromOptions, new Map(this.meta), this.referenced);
  }

  /** ARG in a stage, and (with `meta`) before the first FROM. */
  add(key: string, value: Value): void {
    this.allowed.set(key, value);
    this.referenced.add(key);
  }

  addMeta(key: string, value: Value): void {
    this.meta.set(key, value);
  }

  /** getBuildArg: the --build-arg value, else the declared default, else the meta ARG's. */
  private value(key: string, mapping: ReadonlyMap<string, Value>): Value {
    const option = this.fromOptions.get(key);
    if (option !== undefined) return option;
    const declared = mapping.get(key);
    return declared ?? this.meta.get(key);
  }

  private all(mapping: ReadonlyMap<string, Value>): Map<string, string> {
    const out = new Map<string, string>();
    const keys = new Set([...mapping.keys(), ...[...this.fromOptions.keys()].filter((k) => BUILTIN.has(k))]);
    for (const k of keys) {
      const v = this.value(k, mapping);
      if (v !== undefined) out.set(k, v);
    }
    return out;
  }

  /** The meta ARGs with values, for FROM (GetAllMeta). */
  metaEnv(): string[] {
    return [...this.all(this.meta)].map(([k, v]) => `${k}=${v}`);
  }

  /** Everything allowed, for the meta ARGs' own expansion (GetAllAllowed). */
  allowedEnv(): string[] {
    return [...this.all(this.allowed)].map(([k, v]) => `${k}=${v}`);
  }

  /**
   * FilterAllowed: the allowed args with values that the run config's Env does not set. moby walks a
   * Go map here, so the order is the engine's chance; it matters only inside a RUN's environment.
   */
  filterAllowed(env: readonly string[] | null): string[] {
    const set = new Set((env ?? []).map((e) => e.split('=')[0]));
    return this.allowedEnv().filter((kv) => !set.has(kv.split('=')[0]));
  }

  /** prependEnvOnCmd: `|N K=V…` (sorted, builtin proxies only when referenced) before RUN's command. */
  prefix(buildArgs: readonly string[]): string[] {
    const kept = buildArgs.filter((kv) => {
      const key = kv.split('=')[0]!;
      return this.referenced.has(key) || !BUILTIN.has(key);
    });
    kept.sort(compareBytes);
    return [`|${kept.length}`, ...kept];
  }

  /** WarnOnUnusedBuildArgs: --build-arg names nothing referenced (sorted, as `[A B]`). */
  unused(): string[] {
    return [...this.fromOptions.keys()].filter((k) => !BUILTIN.has(k) && !this.referenced.has(k)).sort(compareBytes);
  }
}
