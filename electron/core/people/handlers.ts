import type { peopleChannels } from '@shared/contract/people';
import { deleteSanction, listPeople, listSanctions, savePerson, saveSanction } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const peopleHandlers: HandlersFor<typeof peopleChannels> = {
  'people:list': (input, ctx) => listPeople(ctx, input),
  'people:save': (input, ctx) => savePerson(ctx, input),
  'people:sanctions': (input, ctx) => listSanctions(ctx, input),
  'people:saveSanction': (input, ctx) => saveSanction(ctx, input),
  'people:deleteSanction': (input, ctx) => deleteSanction(ctx, input),
};
