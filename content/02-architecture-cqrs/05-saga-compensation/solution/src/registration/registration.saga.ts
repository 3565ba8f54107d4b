import { Injectable } from '@nestjs/common';
import { ICommand, IEvent, ofType, Saga } from '@nestjs/cqrs';
import { map, Observable } from 'rxjs';
import { CreateProfileCommand } from './commands/create-profile.command.js';
import { DeleteUserCommand } from './commands/delete-user.command.js';
import { ProfileCreationFailedEvent } from './events/profile-creation-failed.event.js';
import { UserCreatedEvent } from './events/user-created.event.js';

@Injectable()
export class RegistrationSaga {
  @Saga()
  userCreated = (events$: Observable<IEvent>): Observable<ICommand> =>
    events$.pipe(
      ofType(UserCreatedEvent),
      map((event) => new CreateProfileCommand(event.userId, event.email)),
    );

  // Compensation reacts to a failure *event*, one event at a time. Nothing
  // here can throw, so the stream never errors and the saga never dies.
  @Saga()
  profileCreationFailed = (events$: Observable<IEvent>): Observable<ICommand> =>
    events$.pipe(
      ofType(ProfileCreationFailedEvent),
      map((event) => new DeleteUserCommand(event.userId)),
    );
}
