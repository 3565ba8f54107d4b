import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { InMemoryMailer } from './notifications/in-memory-mailer.js';
import { Mailer } from './notifications/mailer.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { CancelOrderCommand } from './orders/application/cancel-order.command.js';
import { PlaceOrderCommand } from './orders/application/place-order.command.js';
import type { Order } from './orders/domain/order.js';
import { OrderRepository } from './orders/domain/order.repository.js';
import { InMemoryOrderRepository } from './orders/infrastructure/in-memory-order.repository.js';
import { OrdersModule } from './orders/orders.module.js';

/** A repository whose next save the test can hold open or make fail. */
class ControlledOrderRepository extends InMemoryOrderRepository {
  private pending?: Promise<void>;
  private failure?: Error;

  /** Holds the next saves until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.pending = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.pending = undefined;
      release();
    };
  }

  failNextSave(error: Error): void {
    this.failure = error;
  }

  override async save(order: Order): Promise<void> {
    await this.pending;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    await super.save(order);
  }
}

const LINES = [{ sku: 'notebook', quantity: 2, unitPriceCents: 1250 }];

// The whole application, as AppModule composes it.
describe('Orders and notifications together', () => {
  let moduleRef: TestingModule;
  let orders: ControlledOrderRepository;
  let mailer: InMemoryMailer;
  let commands: CommandBus;

  beforeEach(async () => {
    orders = new ControlledOrderRepository();
    moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot(), OrdersModule, NotificationsModule],
    })
      .overrideProvider(OrderRepository)
      .useValue(orders)
      .compile();
    await moduleRef.init();
    mailer = moduleRef.get(Mailer);
    commands = moduleRef.get(CommandBus);
  });

  afterEach(() => moduleRef.close());

  it('mails the confirmation only once the order is saved', async () => {
    const release = orders.hold();
    const placing = commands.execute(
      new PlaceOrderCommand('ada@example.com', LINES),
    );

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mailer.sent).toEqual([]);

    release();
    const { id } = await placing;
    await vi.waitFor(() => expect(mailer.sent).toHaveLength(1));
    expect(mailer.sent[0]).toMatchObject({
      to: 'ada@example.com',
      subject: `Order ${id} confirmed`,
    });
  });

  it('mails nothing and rethrows when the save fails', async () => {
    const failure = new Error('database unavailable');
    orders.failNextSave(failure);

    await expect(
      commands.execute(new PlaceOrderCommand('ada@example.com', LINES)),
    ).rejects.toBe(failure);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mailer.sent).toEqual([]);
  });

  it('mails the cancellation only once the cancelled order is saved', async () => {
    const { id } = await commands.execute(
      new PlaceOrderCommand('ada@example.com', LINES),
    );
    await vi.waitFor(() => expect(mailer.sent).toHaveLength(1));

    const release = orders.hold();
    const cancelling = commands.execute(
      new CancelOrderCommand(id, 'out of stock'),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mailer.sent).toHaveLength(1);

    release();
    await cancelling;
    await vi.waitFor(() => expect(mailer.sent).toHaveLength(2));
    expect(mailer.sent[1]).toMatchObject({ subject: `Order ${id} cancelled` });
    expect((await orders.findById(id))?.status).toBe('cancelled');
  });
});
