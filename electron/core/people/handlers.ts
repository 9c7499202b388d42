import type { peopleChannels } from '@shared/contract/people';
import { listPeople, savePerson } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const peopleHandlers: HandlersFor<typeof peopleChannels> = {
  'people:list': (input, ctx) => listPeople(ctx, input),
  'people:save': (input, ctx) => savePerson(ctx, input),
};
