/**
 * Every divergence the generated scenarios found, kept as a fixed scenario once fixed: each must
 * keep running the same on the engine and on the model.
 */
import { CREATE_FLAGS, EXEC_USERS, INSTRUCTIONS, PROGRAMS, RESTARTS, type Step } from './generate.js';

const create = (program: number, image = 0): Step => ({ verb: 'create', program, detach: false, rm: false, image, flags: 0, restart: 0 });

export const REGRESSIONS: Readonly<Record<string, readonly Step[]>> = {
  /** the API router rejects a bad signal before the daemon looks the container up */
  'kill -s BOGUS of an unknown container': [{ verb: 'kill', target: -1, signal: 'BOGUS' }],
  /** table columns of history are as wide as their (masked) cells */
  'history of a fresh import': [{ verb: 'history', image: 0 }],
  /** with no registry, a missing image is `No such image` (both sides run with --pull never) */
  'create from an image just removed': [{ verb: 'rmi', image: 0, force: false, noPrune: false }, create(0)],
  /** which user of the image a conflict names is the engine's chance, and must not shift id numbering
   *  (seed 13: the engine named a container whose id was printed nowhere else) */
  'rmi conflict naming a container seen nowhere else': [
    { verb: 'create', program: 0, detach: false, rm: false, image: 0, flags: 5, restart: 0 },
    { verb: 'run', program: 2, detach: false, rm: false, image: 0, flags: 2, restart: 0 },
    { verb: 'rmi', image: 0, force: false, noPrune: false },
    { verb: 'commit', target: 0, tag: false, changes: 1 },
  ],
  /** which user of the image a conflict names is the engine's chance */
  'rmi of an image two containers use': [create(0), create(5), { verb: 'rmi', image: 0, force: false, noPrune: false }],
  /** the layer is the sequence's own, so deleting the image deletes it (engine: no other image shares it) */
  'rmi of an unused import deletes its layer': [{ verb: 'rmi', image: 0, force: false, noPrune: false }],
  /** the engine removes a --rm container a moment after stop returns: compare once it has */
  'stop of a --rm container': [{ verb: 'run', program: 5, detach: true, rm: true, image: 0, flags: 0, restart: 0 }, { verb: 'stop', target: 0, timeout: 2 }],
  /** `-e B` with no B in the client's environment stays bare in Config.Env, and unsets B for processes */
  'create -e with a bare name': [{ verb: 'create', program: 0, detach: false, rm: false, image: 0, flags: 1, restart: 0 }, { verb: 'start', target: 0, attach: true }, { verb: 'inspect', target: 0 }],
  /** commit of a container whose image rmi -f deleted: the engine cannot read the image config */
  'commit after rmi -f of the image': [create(0), { verb: 'rmi', image: 0, force: true, noPrune: false }, { verb: 'commit', target: 0, tag: false, changes: 0 }],
  /** restart stops a --rm container without removing it (daemon/restart.go clears AutoRemove for the stop) */
  'restart of a running --rm container': [{ verb: 'run', program: 5, detach: true, rm: true, image: 0, flags: 0, restart: 0 }, { verb: 'restart', target: 0 }, { verb: 'inspect', target: 0 }],
  /** a manual start resets the restart count (daemon/start.go ResetRestartManager(true)): on-failure:2 restarts twice more */
  'start of a container whose restart policy gave up': [
    { verb: 'run', program: 2, detach: true, rm: false, image: 0, flags: 0, restart: 1 },
    { verb: 'start', target: 0, attach: false },
    { verb: 'logs', target: 0 },
    { verb: 'inspect', target: 0 },
  ],
  /** start -a ends with the first exit: a restart policy's next run is not on the attached stream (seed 20261206) */
  'start -a of a failing container with a restart policy': [
    { verb: 'create', program: 2, detach: false, rm: false, image: 0, flags: 0, restart: 1 },
    { verb: 'start', target: 0, attach: true },
  ],
  /** the same for run in the foreground */
  'run of a failing program with a restart policy': [{ verb: 'run', program: 2, detach: false, rm: false, image: 0, flags: 0, restart: 1 }, { verb: 'logs', target: 0 }],
  /** an image prune deletes in a Go map's order: the events after it are compared as a set (seed 20261208) */
  'events after an image prune of two images': [
    create(0),
    { verb: 'build', image: 0, instructions: [], variant: 0, noCache: false, rm: 'rm' },
    { verb: 'commit', target: 0, tag: true, changes: 5 },
    { verb: 'prune', what: 'image', all: true },
    { verb: 'events', by: 'label', format: false },
  ],
  /** a restart whose start fails is wrapped: `Cannot restart container <name>: …` */
  'restart of a container whose program is a directory': [create(8), { verb: 'restart', target: 0 }],
  /** a `sh -c …` program under ENTRYPOINT ["sh","-c"] runs a bare sh, which reads the empty stdin and exits 0 (seed 29) */
  'sh -c program on an image with ENTRYPOINT sh -c': [
    create(3),
    { verb: 'commit', target: 0, tag: true, changes: 6 },
    { verb: 'run', program: 7, detach: false, rm: false, image: 1, flags: 0, restart: 0 },
    { verb: 'diff', target: 1 },
  ],
  /** a commit with an invalid --change pauses the running container, then fails and unpauses it (seed 37) */
  'commit -c "RUN true" of a running container, then its events': [
    { verb: 'run', program: 5, detach: true, rm: true, image: 0, flags: 5, restart: 0 },
    { verb: 'commit', target: 0, tag: false, changes: 4 },
    { verb: 'events', by: 'label', format: true },
  ],
  /** save one image, remove it, load it back: the same id, tags and history (issue 5) */
  'save, rmi -f, load': [create(1), { verb: 'commit', target: 0, tag: true, changes: 5 }, { verb: 'save', image: 1, rmi: true }, { verb: 'history', image: 1 }],
  /** an imported whiteout with contents is kept nowhere: tar-split cannot rebuild the layer, the save fails (seed 38) */
  'save of an import whose whiteout had contents': [
    { verb: 'import', entries: [{ type: 'file', name: '.wh.a', mode: 0o644, content: 'hello\n' }] },
    { verb: 'save', image: 1, rmi: false },
  ],
  /** prunes print the space reclaimed with units.HumanSize, four digits: the base layer is 1.982MB (seed 39) */
  'image prune -a reclaiming the base layer': [
    { verb: 'build', image: 0, instructions: [16], variant: 0, noCache: false, rm: 'rm' },
    { verb: 'rmi', image: 0, force: true, noPrune: false },
    { verb: 'prune', what: 'image', all: true },
  ],
  /** an opaque marker on a whiteout's device node is accepted (the xattr means nothing there); a second .wh.a fails (seed 40) */
  'import of a whiteout, an opaque marker on it, the whiteout again': [
    {
      verb: 'import',
      entries: [
        { type: 'symlink', name: '.wh.a', target: 'nowhere' },
        { type: 'symlink', name: 'a/.wh..wh..opq', target: 'a' },
        { type: 'file', name: '.wh.a', mode: 0o755, content: 'x' },
      ],
    },
  ],
  /** a host source through a file is filepath.EvalSymlinks' bare "not a directory", before the container is looked up (seed 7) */
  'cp of a host file followed by a slash': [{ verb: 'cp', target: -1, into: true, source: 7, dest: 5, archive: false, follow: false, entries: [] }],
  /**
   * TERM to a trap loop that its policy restarts (its own stop signal is USR1, so TERM keeps the
   * restart manager): the wait set going before the kill ends at the trap's exit, 7, on both sides;
   * the model's wait ran after the engine's had ended, by when its clock had restarted the loop (seed 7)
   */
  'kill -s TERM of a trap loop under always, a wait set going first': [
    { verb: 'run', program: 6, detach: true, rm: false, image: 0, flags: 10, restart: 2 },
    { verb: 'kill', target: 0, signal: 'TERM' },
    { verb: 'inspect', target: 0 },
  ],
  /** `sh -c` catches INT: the trap loop ends with 130 once its sleep returns */
  'kill -s INT of a trap loop': [{ verb: 'run', program: 6, detach: true, rm: false, image: 0, flags: 0, restart: 0 }, { verb: 'kill', target: 0, signal: 'INT', spelling: 'number' }, { verb: 'logs', target: 0 }],
  /**
   * `sleep 1000` on an image whose entrypoint is `sh -c` runs `sh -c sleep 1000`: `sleep` with no
   * operand, which fails at once; under on-failure:2 the harness must wait out its restarts as an
   * instant program's (seed 20261205; under unless-stopped it restarted for ever)
   */
  'a blocking program on an image whose entrypoint is sh -c, under a restart policy': [
    { verb: 'build', image: 0, instructions: [12], variant: 0, noCache: false, rm: 'rm' },
    { verb: 'run', program: 5, detach: true, rm: false, image: 1, flags: 0, restart: 1 },
  ],
  /**
   * Two created containers' exports, imported back: one layer on a side whose clock made both in one
   * second, two on the other; the layers of imported exports are compared by their trees, not their
   * DiffIDs (seed 20261205, whenever the creations straddle a second on one side only)
   */
  'exports of two created containers, imported back': [create(3), create(6), { verb: 'export', target: 0 }, { verb: 'export', target: 1 }],
  /** tar-split reads etc/a back from the layer, where a later entry made etc a file: the save fails with ENOTDIR (seed 41) */
  'save of an import whose directory a later entry made a file': [
    {
      verb: 'import',
      entries: [
        { type: 'file', name: 'etc/a', mode: 0o644, content: 'x' },
        { type: 'file', name: 'etc', mode: 0o644, content: '' },
      ],
    },
    { verb: 'save', image: 1, rmi: false },
  ],
  /** commit, then rmi of the tag prunes nothing the base still needs */
  'commit, tag, rmi cascade': [
    create(1),
    { verb: 'start', target: 0, attach: true },
    { verb: 'commit', target: 0, tag: true, changes: 2 },
    { verb: 'tag', image: 1 },
    { verb: 'rmi', image: 1, force: false, noPrune: false },
    { verb: 'rmi', image: 2, force: true, noPrune: false },
  ],
  /**
   * The daemon resolves a working directory in the container's scope: on an image whose /bin leads to
   * itself, WORKDIR /bin fails the step's create with evalSymlinksInScope (seed 9)
   */
  'WORKDIR through a symlink loop': [
    { verb: 'import', entries: [{ type: 'symlink', name: 'bin', target: '/bin' }] },
    { verb: 'build', image: 1, instructions: [INSTRUCTIONS.indexOf('WORKDIR /bin')], variant: 0, noCache: false, rm: 'rm' },
  ],
  /**
   * Under --init the sleep dies of TERM at once; a stop signal other than TERM leaves the restart
   * manager on, which starts it again; the wait set going first ends at the exit (seed 9: the model's
   * wait, run after the restart, waited for the sleep's end instead)
   */
  'kill -s TERM under --init with --stop-signal USR1 and on-failure, a wait set going first': [
    { verb: 'run', program: 5, detach: true, rm: false, image: 0, flags: CREATE_FLAGS.findIndex((f) => f.includes('--init') && f.includes('USR1')), restart: 1 },
    { verb: 'kill', target: 0, signal: 'TERM', spelling: 'sig' },
  ],
  /** under --init the sleep ash exec'd in its place is not PID 1: INT kills it at once, 130 (seed 20261129) */
  'kill -s INT under --init of the sleep a shell exec’d': [
    { verb: 'run', program: PROGRAMS.findIndex((p) => p.argv.join(' ').includes('echo up')), detach: true, rm: false, image: 0, flags: CREATE_FLAGS.findIndex((f) => f.length === 1 && f[0] === '--init'), restart: 0 },
    { verb: 'kill', target: 0, signal: 'INT' },
  ],
  /**
   * Under --init HUP ends the sleep at once, and --rm removes the container a moment after: the wait
   * set going first, already attached, still answers 129 (seed 20261206: the harness's model wait
   * looked the container up by name when its answer was asked for, by when it was gone)
   */
  'kill -s HUP of a --rm container under --init, a wait set going first': [
    { verb: 'run', program: 5, detach: true, rm: true, image: 0, flags: CREATE_FLAGS.findIndex((f) => f.length === 1 && f[0] === '--init'), restart: 0 },
    { verb: 'kill', target: 0, signal: 'HUP' },
  ],
  /**
   * Any kill marks the container stopped by hand (HasBeenManuallyStopped), though a signal other
   * than its stop signal keeps the restart manager: under unless-stopped the exit is not restarted
   * (seed 20261206: the model restarted it), under always it is
   */
  'kill -s HUP under --init with --stop-signal USR1 and unless-stopped': [
    { verb: 'run', program: 5, detach: true, rm: false, image: 0, flags: CREATE_FLAGS.findIndex((f) => f.includes('--init') && f.includes('USR1')), restart: RESTARTS.findIndex((r) => r.includes('unless-stopped')) },
    { verb: 'kill', target: 0, signal: 'HUP' },
    { verb: 'inspect', target: 0 },
  ],
  'kill -s HUP under --init with --stop-signal USR1 and always': [
    { verb: 'run', program: 5, detach: true, rm: false, image: 0, flags: CREATE_FLAGS.findIndex((f) => f.includes('--init') && f.includes('USR1')), restart: RESTARTS.findIndex((r) => r.includes('always')) },
    { verb: 'kill', target: 0, signal: 'HUP' },
    { verb: 'inspect', target: 0 },
  ],
  /** an exec whose user runc cannot find was created and started: exec_create and exec_start, no exec_die (seed 20261206) */
  'exec -u of an unknown user, then events': [
    { verb: 'run', program: 5, detach: true, rm: false, image: 0, flags: 0, restart: 0 },
    { verb: 'exec', target: 0, program: 0, user: EXEC_USERS.indexOf('nosuch') },
    { verb: 'events', by: 'container', format: false },
  ],
  /**
   * A blocking program on an image without busybox (an empty import): under --init docker-init's exec
   * of it fails with 127 at once, and on-failure restarts it: an instant program (seed 20261207)
   */
  'a blocking program under --init on an image without it, on-failure': [
    create(0),
    { verb: 'import', entries: [] },
    { verb: 'create', program: 5, detach: false, rm: false, image: 1, flags: CREATE_FLAGS.findIndex((f) => f.length === 1 && f[0] === '--init'), restart: 1 },
    { verb: 'start', target: 1, attach: false },
  ],
  /** a RUN under USER whose write ash refuses: its message in three writes, which the engine's stream may show as three chunks (seed 20261207) */
  'a build RUN under USER whose redirection fails': [
    { verb: 'build', image: 0, instructions: [INSTRUCTIONS.indexOf('USER 4001'), INSTRUCTIONS.indexOf('RUN echo hi > /f1')], variant: 0, noCache: false, rm: 'rm' },
  ],
};
