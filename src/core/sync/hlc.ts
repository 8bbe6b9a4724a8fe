// Hybrid logical clock: timestamps that follow wall time but never go backwards and order events
// across replicas. Encoded as fixed-width strings so that string order is causal order.
export interface HlcState {
  /** Milliseconds since the epoch of the latest event seen. */
  wallMs: number;
  /** Events within the same millisecond. */
  counter: number;
}

const wallWidth = 15;
const counterWidth = 6;
const maxCounter = 36 ** counterWidth - 1;

/** The timestamp of a local event happening at `nowMs`. */
export function tick(state: HlcState, nowMs: number): HlcState {
  if (nowMs > state.wallMs) return { wallMs: nowMs, counter: 0 };
  if (state.counter >= maxCounter) return { wallMs: state.wallMs + 1, counter: 0 };
  return { wallMs: state.wallMs, counter: state.counter + 1 };
}

/** The timestamp after receiving a remote event stamped `remote`, at local time `nowMs`. */
export function receive(state: HlcState, remote: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(state.wallMs, remote.wallMs, nowMs);
  let counter: number;
  if (wallMs === state.wallMs && wallMs === remote.wallMs)
    counter = Math.max(state.counter, remote.counter) + 1;
  else if (wallMs === state.wallMs) counter = state.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  else counter = 0;
  return counter > maxCounter ? { wallMs: wallMs + 1, counter: 0 } : { wallMs, counter };
}

export function formatHlc(state: HlcState, replicaId: string): string {
  return `${state.wallMs.toString().padStart(wallWidth, '0')}-${state.counter
    .toString(36)
    .padStart(counterWidth, '0')}-${replicaId}`;
}

export function parseHlc(value: string): HlcState & { replicaId: string } {
  const match = /^(\d{15})-([0-9a-z]{6})-(.+)$/.exec(value);
  if (!match) throw new Error(`Not a hybrid logical clock timestamp: ${value}`);
  return { wallMs: Number(match[1]), counter: parseInt(match[2]!, 36), replicaId: match[3]! };
}

/** A clock bound to one replica, remembering its last timestamp. */
export class HybridClock {
  #state: HlcState;
  readonly replicaId: string;
  readonly #now: () => number;

  constructor(replicaId: string, last: HlcState = { wallMs: 0, counter: 0 }, now: () => number = Date.now) {
    this.replicaId = replicaId;
    this.#state = last;
    this.#now = now;
  }

  next(): string {
    this.#state = tick(this.#state, this.#now());
    return formatHlc(this.#state, this.replicaId);
  }

  observe(remote: string): void {
    this.#state = receive(this.#state, parseHlc(remote), this.#now());
  }
}
