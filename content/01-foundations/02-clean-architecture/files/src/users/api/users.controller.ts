import { Body, ConflictException, Controller, Post } from '@nestjs/common';
import { EmailAlreadyTakenError, RegisterUser } from '../application/register-user.js';
import { RegisterUserDto } from './dto/register-user.dto.js';

@Controller('users')
export class UsersController {
  constructor(private readonly registerUser: RegisterUser) {}

  @Post()
  async register(@Body() body: RegisterUserDto): Promise<{ id: string; email: string }> {
    try {
      const user = await this.registerUser.execute(body.email);
      return { id: user.id, email: user.email };
    } catch (error) {
      // Translating business failures into HTTP is this layer's job.
      if (error instanceof EmailAlreadyTakenError) throw new ConflictException(error.message);
      throw error;
    }
  }
}
