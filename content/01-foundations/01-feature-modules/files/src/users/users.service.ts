import { Injectable, NotFoundException } from '@nestjs/common';
import { UsersRepository } from './users.repository.js';

// The Users feature's public API: other modules ask it for what they need.
@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  displayName(id: string): string {
    const user = this.users.findById(id);
    if (!user) throw new NotFoundException(`No user ${id}`);
    return `${user.firstName} ${user.lastName}`;
  }
}
