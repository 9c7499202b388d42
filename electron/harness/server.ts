import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { harnessMessages } from '@shared/i18n/vi-errors';
import { recoveryPageHtml, recoveryScript } from '@core/backups/recovery-page';
import { startRecoverySession, type RecoverySession } from '@core/backups/recovery-session';
import {
  isRecoverableStartupError,
  openAppDatabase,
  startNewDatabase,
  type RecoveryOffer,
} from '@core/backups/startup-recovery';
import { consoleLogger, type CoreContext, type CoreOptions } from '@core/context';
import { dispatch } from '@core/dispatch/dispatch';
import { typedPathPicker } from '@core/paths/path-picker';
import { createChromiumPrinter } from '@core/documents/chromium-printer';
import { harnessApiScript } from './api-script';
import { readStatic } from './static-files';

export interface HarnessOptions extends CoreOptions {
  databasePath: string;
  rendererDir?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface Harness {
  /** The address to open: it carries this run's token once, then the browser holds it in a cookie. */
  url: string;
  /** `http://127.0.0.1:<port>`, for requests that send the token themselves (`authHeaders`). */
  origin: string;
  /** This run's token as a header, for programmatic clients (tests): `{ 'x-thidua-token': … }`. */
  authHeaders: Record<string, string>;
  port: number;
  /** The address the server is bound to, as the OS reports it. */
  boundAddress: string;
  /** Throws while the harness is in recovery mode (damaged database, no connection open). */
  readonly ctx: CoreContext;
  /** Backups: set while a damaged database waits for the secretary to confirm the offered backup. */
  readonly recoveryOffer: RecoveryOffer | null;
  close(): Promise<void>;
}

const invokePath = '/__harness/invoke/';
const apiScriptPath = '/__harness/api.js';
// Backups, recovery mode: the page's script and the one endpoint that restores the offered copy.
const recoveryScriptPath = '/__harness/recovery.js';
const recoveryRestorePath = '/__harness/recovery/restore';
const maxBodyBytes = 32 * 1024 * 1024;
const tokenHeader = 'x-thidua-token';
// The same policy as renderer/index.html and the Electron session: nothing from outside this origin.
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self' blob:";

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const sameSecret = (given: string | undefined, secret: string) =>
  given !== undefined &&
  given.length === secret.length &&
  timingSafeEqual(Buffer.from(given, 'utf8'), Buffer.from(secret, 'utf8'));

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer on loopback and answers `window.api` calls with the same core handlers the Electron
 * main process uses, against a real database file. Requests must come from its own origin, so a web page the
 * secretary happens to open cannot drive it (DNS rebinding, cross-site POST).
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  const databasePath = resolve(options.databasePath);
  // Printing: "Lưu PDF" in the browser build goes through a headless Chromium (started on the first PDF, closed with
  // the harness); "In" has no system dialog here, so the core answers NOT_SUPPORTED with a Vietnamese message.
  const ownPrinter = options.printer ? null : createChromiumPrinter();
  const printer = options.printer ?? ownPrinter ?? undefined;
  // Paths: the browser has no native dialog, so the harness's picker takes a typed full local path (never a share).
  const coreOptions = { create: true, actor: 'harness', picker: typedPathPicker, ...options, printer };
  // A per-run token: other programs on this PC can reach 127.0.0.1 too, but only whoever was given the printed address
  // (with the token) gets in. The first page load trades it for an HttpOnly, same-site cookie.
  const token = randomBytes(24).toString('base64url');
  const log = options.log ?? consoleLogger;
  let ctx: CoreContext | null = null;
  // --- Backups: recovery mode. A damaged database is never replaced silently (and never by an empty one): the
  // harness serves a page offering the newest good backup and restores it only when the page confirms that copy.
  let recovery: RecoverySession | null = null;
  let restoring: Promise<unknown> | null = null;
  try {
    ctx = await openAppDatabase(databasePath, coreOptions);
  } catch (error) {
    if (!isRecoverableStartupError(error)) throw error;
    log.error(`Data file ${databasePath} cannot be used: starting in recovery mode`, error);
    recovery = startRecoverySession(databasePath, error, { now: options.now, log });
  }
  const confirmRecovery = async (body: unknown) => {
    if (recovery === null || restoring !== null) {
      return { ok: false, error: { code: 'CONFLICT', message: recoveryMessages.staleOffer } };
    }
    const session = recovery;
    const outcome = session.confirm(body);
    restoring = outcome;
    try {
      const result = await outcome;
      if (result.ok) {
        ctx =
          result.value.next === 'start-new'
            ? await startNewDatabase(databasePath, coreOptions)
            : await openAppDatabase(databasePath, coreOptions);
        recovery = null;
      }
      return result;
    } finally {
      restoring = null;
    }
  };
  // --- end of recovery mode set-up
  let origin = '';
  let cookieName = '';

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (`http://${host}` !== origin) return send(res, 421, 'text/plain; charset=utf-8', 'Sai địa chỉ máy chủ.');
      const requested = new URL(req.url ?? '/', origin);
      const header = req.headers[tokenHeader];
      const fromQuery = requested.searchParams.get('t') ?? undefined;
      const admitted =
        sameSecret(cookieValue(req, cookieName), token) ||
        sameSecret(typeof header === 'string' ? header : undefined, token);
      if (!admitted && !(req.method === 'GET' && sameSecret(fromQuery, token))) {
        return send(res, 403, 'text/plain; charset=utf-8', harnessMessages.needToken);
      }
      if (fromQuery !== undefined) {
        // Trade the token in the address for the cookie, and drop it from the address bar and the history.
        const cookie = `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`;
        return send(res, 303, 'text/plain; charset=utf-8', '', { location: '/', 'set-cookie': cookie });
      }
      const url = requested.pathname;
      if (req.method === 'POST' && (url.startsWith(invokePath) || url === recoveryRestorePath)) {
        const requestOrigin = req.headers.origin;
        if (requestOrigin !== undefined && requestOrigin !== origin) {
          return send(res, 403, 'text/plain; charset=utf-8', 'Nguồn yêu cầu không hợp lệ.');
        }
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return send(res, 415, 'text/plain; charset=utf-8', 'Cần dữ liệu JSON.');
        }
        let input: unknown;
        try {
          input = JSON.parse(await readBody(req));
        } catch {
          const envelope = { ok: false, error: { code: 'INVALID_INPUT', message: 'Dữ liệu gửi lên không đọc được.' } };
          return send(res, 400, 'application/json; charset=utf-8', JSON.stringify(envelope));
        }
        const json = 'application/json; charset=utf-8';
        if (url === recoveryRestorePath) return send(res, 200, json, JSON.stringify(await confirmRecovery(input)));
        if (ctx === null) {
          const envelope = { ok: false, error: { code: 'DB_DAMAGED', message: recoveryMessages.stillDamaged } };
          return send(res, 503, json, JSON.stringify(envelope));
        }
        const channel = decodeURIComponent(url.slice(invokePath.length));
        const result = await dispatch(ctx, channel, input);
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', '');
      if (recovery !== null) {
        if (url === recoveryScriptPath) {
          return send(res, 200, 'text/javascript; charset=utf-8', recoveryScript(recoveryRestorePath));
        }
        return send(res, 200, 'text/html; charset=utf-8', recoveryPageHtml(recovery.offer, recoveryScriptPath));
      }
      if (url === apiScriptPath) return send(res, 200, 'text/javascript; charset=utf-8', harnessApiScript(invokePath));
      const file = await readStatic(rendererDir, url === '/' ? '/index.html' : url);
      if (file === null) return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
      if (file.type.startsWith('text/html')) {
        const html = file.body
          .toString('utf8')
          .replace('<head>', `<head>\n    <script src="${apiScriptPath}"></script>`);
        return send(res, 200, file.type, html);
      }
      return send(res, 200, file.type, file.body);
    })().catch((error: unknown) => {
      log.error('Lỗi máy chủ thử nghiệm', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Lỗi máy chủ.');
    });
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', ready);
  });
  const { port, address: boundAddress } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  // Cookies are per host, not per port: each harness names its own, so two runs do not evict each other.
  cookieName = `thidua-${port}`;
  return {
    url: `${origin}/?t=${token}`,
    origin,
    authHeaders: { [tokenHeader]: token },
    port,
    boundAddress,
    get ctx() {
      if (ctx === null) throw new Error('The harness is in recovery mode: no database is open.');
      return ctx;
    },
    get recoveryOffer() {
      return recovery?.offer ?? null;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          if (ctx?.db.open) ctx.db.close();
          // Printing: the harness's own Chromium, if a PDF ever started it.
          void (ownPrinter?.close() ?? Promise.resolve()).then(
            () => done(),
            () => done(),
          );
        });
      }),
  };
}
