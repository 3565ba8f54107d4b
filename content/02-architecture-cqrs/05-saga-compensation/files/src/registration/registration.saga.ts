import { Injectable } from '@nestjs/common';
import { ICommand, IEvent, Saga } from '@nestjs/cqrs';
import { EMPTY, Observable } from 'rxjs';

@Injectable()
export class RegistrationSaga {
  // TODO (task 1): turn every UserCreatedEvent into a CreateProfileCommand.
  @Saga()
  userCreated = (events$: Observable<IEvent>): Observable<ICommand> => EMPTY;

  // TODO (task 3): compensate. Turn every ProfileCreationFailedEvent into a
  // DeleteUserCommand for that user.
  @Saga()
  profileCreationFailed = (events$: Observable<IEvent>): Observable<ICommand> => EMPTY;
}
