import type { filesChannels } from '@shared/contract/files';
import type { HandlersFor } from '../dispatch/handler-types';
import { saveFilesToFolder } from './service';

export const filesHandlers: HandlersFor<typeof filesChannels> = {
  'files:saveToFolder': (input, ctx) => saveFilesToFolder(ctx, input),
};
