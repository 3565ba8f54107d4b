/**
 * The events the orders module publishes for the rest of the application.
 * Both orders and notifications import this folder; neither imports the other.
 * Keep it data only: no behaviour, and no import from any module.
 */
export class OrderPlacedEvent {
  constructor(
    readonly orderId: string,
    readonly customerEmail: string,
    readonly totalCents: number,
  ) {}
}

export class OrderCancelledEvent {
  constructor(
    readonly orderId: string,
    readonly customerEmail: string,
    readonly reason: string,
  ) {}
}
