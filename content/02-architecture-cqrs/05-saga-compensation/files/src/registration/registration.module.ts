import { Module } from '@nestjs/common';
import { CreateProfileHandler } from './commands/create-profile.handler.js';
import { DeleteUserHandler } from './commands/delete-user.handler.js';
import { RegisterUserHandler } from './commands/register-user.handler.js';
import { ProfileStore } from './profile-store.js';
import { RegistrationSaga } from './registration.saga.js';
import { UserStore } from './user-store.js';

// CommandBus and EventBus come from CqrsModule.forRoot(), imported once by
// the root module; it is global, so this feature module need not import it.
@Module({
  providers: [
    UserStore,
    ProfileStore,
    RegisterUserHandler,
    CreateProfileHandler,
    DeleteUserHandler,
    RegistrationSaga,
  ],
})
export class RegistrationModule {}
