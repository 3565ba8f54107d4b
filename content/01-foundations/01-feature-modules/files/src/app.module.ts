import { Module } from '@nestjs/common';
import { AppController } from './app.controller.js';
import { AppService } from './app.service.js';
import { AuditModule } from './audit/audit.module.js';
import { OrdersModule } from './orders/orders.module.js';

@Module({
  imports: [OrdersModule, AuditModule],
  controllers: [AppController],
  providers: [AppService],
})
export class AppModule {}
