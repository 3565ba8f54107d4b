import { IEvent } from '@nestjs/cqrs';

/** One event as the log holds it: where it sits in its stream and in the whole log. */
export interface StoredEvent<E extends IEvent = IEvent> {
  readonly streamId: string;
  /** 1 for a stream's first event, 2 for the next, and so on. */
  readonly version: number;
  /** Order in the whole log, across all streams: 1, 2, 3, ... */
  readonly position: number;
  readonly event: E;
}

export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      `Stream ${streamId} is at version ${actualVersion}, but the writer expected ${expectedVersion}. ` +
        'Someone else wrote first: reload and retry.',
    );
    this.name = 'ConcurrencyError';
  }
}

/** The port. An abstract class, so Nest can use it as the injection token. */
export abstract class EventStore {
  /**
   * Appends `events` to a stream, all or nothing. `expectedVersion` is the
   * version the writer loaded (0 for a new stream); if the stream has moved
   * on since, nothing is written and a ConcurrencyError is thrown.
   */
  abstract append<E extends IEvent>(
    streamId: string,
    expectedVersion: number,
    events: readonly E[],
  ): Promise<readonly StoredEvent<E>[]>;

  /** A stream's events with a version greater than `afterVersion`, oldest first. */
  abstract readStream<E extends IEvent>(streamId: string, afterVersion?: number): Promise<readonly StoredEvent<E>[]>;

  /** Every stream's events with a position greater than `afterPosition`, in log order. */
  abstract readAll<E extends IEvent>(afterPosition?: number): Promise<readonly StoredEvent<E>[]>;
}
