import { z } from 'zod';
import { councilLevels, type CouncilProfile } from '../domain/council';
import { defineChannel } from './define';

const line = z.string().trim().max(200);

export const councilProfileSchema = z
  .object({
    level: z.enum(councilLevels),
    parentBody: line,
    issuingBody: line.min(1),
    issuerName: line.default(''),
    issuingBodyCode: z.string().trim().min(1).max(30),
    place: line.min(1),
    signerCapacity: line,
    signerTitle: line.min(1),
    signerName: line.min(1),
  })
  .strict();

export const settingsChannels = {
  'settings:council': defineChannel<CouncilProfile>()(z.object({}).strict()),
  'settings:saveCouncil': defineChannel<CouncilProfile>()(councilProfileSchema),
};
