import type { CoreContext } from '../context';
import { demoCouncil, demoUnits } from '../demo/demo-district';
import { saveCouncilProfile } from './settings';
import { createUnit } from './units';

/** Seeds the demo district through the same services the secretary uses, so demo data obeys every rule. */
export function seedDemoData(ctx: CoreContext): void {
  ctx.db.transaction(() => {
    saveCouncilProfile(ctx, demoCouncil);
    for (const unit of demoUnits) {
      createUnit(ctx, { ...unit, parentId: null, validFrom: null, note: 'Dữ liệu mẫu', demo: true });
    }
  })();
}
