// A Vitest 4 pool runner that keeps ONE test worker process alive between runs.
//
// Why: stock Vitest forks a fresh worker for every run, and that worker spends
// ~400 ms re-importing the framework and @nestjs/* before the first test. Vitest's
// worker already keeps its module runner and evaluated-module cache at module level
// (so `isolate: false` reuses them inside one run); the only thing throwing them
// away between runs is the pool, which stops the worker when the run ends.
//
// This worker wraps Vitest's own `workers/forks.js` entry. It forwards every
// message except the lifecycle ones: the first "start" goes through (the worker
// sets up its environment once); later "start"s and every "stop" are answered
// here, so the process, its Node ESM cache (externalized node_modules) and Vite's
// module runner survive. The host invalidates the learner's modules before each
// run (see vitest-host.mjs), so their module-level state is re-created every time.
//
// Measured on the starter (2 cores): a rerun with Vitest's default forks pool
// 0.5–0.8 s; with this pool 30–90 ms (`npm run bench`: warm median 87 ms over HTTP).
// More in docs/decisions.md.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';

const RESPONSE = '__vitest_worker_response__';

/** The one long-lived worker process, shared by every PoolWorker Vitest creates. */
const shared = { child: null, started: false };

class WarmForkWorker {
  name = 'workbook-warm';
  cacheFs = true;
  #events = new EventEmitter();
  #attached = null;

  constructor(options) {
    this.options = options;
    this.stdout = options.project.vitest.logger.outputStream;
    this.stderr = options.project.vitest.logger.errorStream;
  }

  #onMessage = (message) => this.#events.emit('message', message);
  #onError = (error) => this.#events.emit('error', error);
  #onExit = (...args) => {
    shared.child = null;
    shared.started = false;
    this.#events.emit('exit', ...args);
  };

  async start() {
    if (!shared.child) {
      const entry = resolve(this.options.distPath, 'workers/forks.js');
      const child = fork(entry, [], {
        env: this.options.env,
        execArgv: this.options.execArgv,
        stdio: 'pipe',
        serialization: 'advanced',
      });
      child.stdout.pipe(this.stdout, { end: false });
      child.stderr.pipe(this.stderr, { end: false });
      shared.child = child;
      shared.started = false;
    }
    const child = shared.child;
    child.on('message', this.#onMessage);
    child.on('error', this.#onError);
    child.on('exit', this.#onExit);
    this.#attached = child;
  }

  #reply(type) {
    queueMicrotask(() => this.#events.emit('message', { type, [RESPONSE]: true }));
  }

  send(message) {
    if (message.type === 'start') {
      if (shared.started) return this.#reply('started');
      shared.started = true;
    }
    if (message.type === 'stop') return this.#reply('stopped');
    this.#attached?.send(message);
  }

  /** Detaches from the process without ending it; the next run attaches again. */
  async stop() {
    const child = this.#attached;
    this.#attached = null;
    if (child) {
      child.off('message', this.#onMessage);
      child.off('error', this.#onError);
      child.off('exit', this.#onExit);
    }
    this.#events.removeAllListeners();
  }

  on(event, callback) {
    this.#events.on(event, callback);
  }

  off(event, callback) {
    this.#events.off(event, callback);
  }

  deserialize(data) {
    return data;
  }

  canReuse() {
    return true;
  }
}

export const warmPool = {
  name: 'workbook-warm',
  createPoolWorker: (options) => new WarmForkWorker(options),
};

/** Ends the long-lived worker (host shutdown). */
export function killWarmWorker() {
  shared.child?.kill('SIGKILL');
  shared.child = null;
  shared.started = false;
}
