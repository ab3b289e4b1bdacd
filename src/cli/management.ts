/**
 * docker's management commands (`docker container …`, `docker image …`, `docker system …`) as strata
 * declares them: which top-level verb each subcommand is, and docker 20.10's aliases. Shared by both
 * entry points (usage.ts derives the management forms' usage lines from here), so kept small.
 */

/**
 * The management commands (`docker container …`, `docker image …`, `docker system …`): each
 * subcommand strata has, the top-level verb it is (same handler, same flags), and docker 20.10's
 * aliases. A verb listed whose top-level verb strata lacks is not declared.
 */
export interface Subcommand {
  readonly verb: string;
  readonly aliases?: readonly string[];
}

export const MANAGEMENT: Readonly<Record<string, Readonly<Record<string, Subcommand>>>> = {
  container: {
    attach: { verb: 'attach' },
    commit: { verb: 'commit' },
    cp: { verb: 'cp' },
    create: { verb: 'create' },
    diff: { verb: 'diff' },
    exec: { verb: 'exec' },
    export: { verb: 'export' },
    inspect: { verb: 'container inspect' },
    kill: { verb: 'kill' },
    logs: { verb: 'logs' },
    ls: { verb: 'ps', aliases: ['ps', 'list'] },
    pause: { verb: 'pause' },
    prune: { verb: 'container prune' },
    rename: { verb: 'rename' },
    restart: { verb: 'restart' },
    rm: { verb: 'rm' },
    run: { verb: 'run' },
    start: { verb: 'start' },
    stop: { verb: 'stop' },
    top: { verb: 'top' },
    unpause: { verb: 'unpause' },
    update: { verb: 'update' },
    wait: { verb: 'wait' },
  },
  image: {
    build: { verb: 'build' },
    history: { verb: 'history' },
    import: { verb: 'import' },
    inspect: { verb: 'image inspect' },
    load: { verb: 'load' },
    ls: { verb: 'images', aliases: ['list'] },
    prune: { verb: 'image prune' },
    rm: { verb: 'rmi', aliases: ['rmi', 'remove'] },
    save: { verb: 'save' },
    tag: { verb: 'tag' },
  },
  system: {
    df: { verb: 'system df' },
    events: { verb: 'events' },
    info: { verb: 'info' },
    prune: { verb: 'system prune' },
  },
};

/** `container list` → `container ls`: a management subcommand by its name or an alias. */
export function subcommandName(group: string, word: string): string | undefined {
  const subs = MANAGEMENT[group];
  if (subs === undefined) return undefined;
  if (Object.hasOwn(subs, word)) return word;
  return Object.keys(subs).find((k) => subs[k]!.aliases?.includes(word));
}

