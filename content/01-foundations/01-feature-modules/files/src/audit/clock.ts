export interface Clock {
  now(): Date;
}

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** The injection token for a Clock. A symbol cannot collide with any other token. */
export const CLOCK = Symbol('CLOCK');
