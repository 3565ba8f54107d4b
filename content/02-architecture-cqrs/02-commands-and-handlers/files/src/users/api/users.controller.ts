import {
  Body,
  Controller,
  Post,
  StandardSchemaValidationPipe,
  UsePipes,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CreateUserCommand } from '../application/create-user.command.js';
import { createUserSchema, type CreateUserDto } from './create-user.dto.js';

/** A thin controller: it validates the body, sends one command and returns its result. */
@Controller('users')
export class UsersController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @UsePipes(new StandardSchemaValidationPipe())
  create(
    @Body({ schema: createUserSchema }) body: CreateUserDto,
  ): Promise<{ id: string }> {
    return this.commandBus.execute(
      new CreateUserCommand(body.email, body.displayName, body.password),
    );
  }
}
