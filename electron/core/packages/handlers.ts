import type { packagesChannels } from '@shared/contract/packages';
import { backupBeforeImport } from '../backups/service';
import type { HandlersFor } from '../dispatch/handler-types';
import { applyPackages, previewPackages } from './import-packages';
import { getPackageSettings, linkProposal, packageBoard, savePackageSettings, saveLinks } from './service';
import { exportPackage } from './write-package';

export const packagesHandlers: HandlersFor<typeof packagesChannels> = {
  'packages:settings': (_input, ctx) => getPackageSettings(ctx),
  'packages:saveSettings': (input, ctx) => savePackageSettings(ctx, input),
  'packages:links': (input, ctx) => linkProposal(ctx, input.upperPlanId),
  'packages:saveLinks': (input, ctx) => saveLinks(ctx, input),
  'packages:export': (input, ctx) => exportPackage(ctx, input.year, input.quarter),
  'packages:preview': (input, ctx) => previewPackages(ctx, input.files),
  // A batch of packages rewrites a province's quarter: keep a verified copy of the database first.
  'packages:apply': async (input, ctx) => {
    await backupBeforeImport(ctx);
    return applyPackages(ctx, input.files, input.digest);
  },
  'packages:board': (input, ctx) => packageBoard(ctx, input.year, input.quarter),
};
