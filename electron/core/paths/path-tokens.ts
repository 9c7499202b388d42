import { randomBytes } from 'node:crypto';
import type { PathPurpose } from '@shared/contract/paths';
import { AppError } from '@shared/errors';
import { pathMessages } from '@shared/i18n/vi-paths';

interface Issued {
  path: string;
  purpose: PathPurpose | 'listed-backup';
}

/** Plenty for one session of picking; the oldest token is forgotten first. */
const maxTokens = 500;

/**
 * Opaque tokens for paths the main process chose: the renderer holds the token, never sends a path. Tokens live as
 * long as the process (a restart forgets them: the secretary picks again) and are bound to the purpose they were
 * issued for. Issuing the same path for the same purpose again gives the same token, so listing backups every few
 * seconds does not grow the table.
 */
export class PathTokens {
  private readonly byToken = new Map<string, Issued>();
  private readonly byKey = new Map<string, string>();

  issue(path: string, purpose: Issued['purpose']): string {
    const key = `${purpose}\u0000${path}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const token = `p_${randomBytes(24).toString('base64url')}`;
    this.byToken.set(token, { path, purpose });
    this.byKey.set(key, token);
    if (this.byToken.size > maxTokens) {
      const [oldest, issued] = this.byToken.entries().next().value as [string, Issued];
      this.byToken.delete(oldest);
      this.byKey.delete(`${issued.purpose}\u0000${issued.path}`);
    }
    return token;
  }

  /** The path behind `token`; INVALID_INPUT (Vietnamese) for an unknown token or one picked for something else. */
  resolve(token: string, purpose: Issued['purpose']): string {
    const issued = this.byToken.get(token);
    if (issued === undefined) throw new AppError('INVALID_INPUT', pathMessages.unknownToken);
    if (issued.purpose !== purpose) throw new AppError('INVALID_INPUT', pathMessages.wrongPurpose);
    return issued.path;
  }
}
