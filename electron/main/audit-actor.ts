import { userInfo } from 'node:os';

/** Recorded in the audit log when no Windows user name can be read (a profile without one). */
export const fallbackActor = 'thu-ky';

/** The Windows account name: who changed a figure is recorded as the person logged on to the PC. */
export function currentAuditActor(readUser: () => { username: string } = userInfo): string {
  try {
    return readUser().username.trim() || fallbackActor;
  } catch {
    return fallbackActor;
  }
}
