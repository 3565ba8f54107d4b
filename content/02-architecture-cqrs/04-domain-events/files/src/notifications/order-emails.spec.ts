import { CqrsModule, EventBus } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  OrderCancelledEvent,
  OrderPlacedEvent,
} from '../contracts/order-events.js';
import { InMemoryMailer } from './in-memory-mailer.js';
import { Mailer } from './mailer.js';
import { NotificationsModule } from './notifications.module.js';

// Only notifications is loaded: the orders module isn't even in this test.
describe('OrderEmails', () => {
  let moduleRef: TestingModule;
  let mailer: InMemoryMailer;

  beforeEach(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [CqrsModule.forRoot(), NotificationsModule],
    }).compile();
    await moduleRef.init();
    mailer = moduleRef.get(Mailer);
  });

  afterEach(() => moduleRef.close());

  it('mails a confirmation for OrderPlacedEvent', async () => {
    moduleRef
      .get(EventBus)
      .publish(new OrderPlacedEvent('order-1', 'ada@example.com', 2500));

    await vi.waitFor(() => expect(mailer.sent).toHaveLength(1));
    expect(mailer.sent[0]).toMatchObject({
      to: 'ada@example.com',
      subject: 'Order order-1 confirmed',
    });
    expect(mailer.sent[0].body).toContain('€25.00');
  });

  it('mails a cancellation for OrderCancelledEvent', async () => {
    moduleRef
      .get(EventBus)
      .publish(
        new OrderCancelledEvent('order-1', 'ada@example.com', 'out of stock'),
      );

    await vi.waitFor(() => expect(mailer.sent).toHaveLength(1));
    expect(mailer.sent[0]).toMatchObject({
      to: 'ada@example.com',
      subject: 'Order order-1 cancelled',
    });
    expect(mailer.sent[0].body).toContain('out of stock');
  });
});
