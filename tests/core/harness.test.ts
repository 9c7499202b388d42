import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { startHarness, type Harness } from '@harness/server';
import { tempDir } from '../support/temp-core';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function startOnTempRenderer(): Promise<Harness> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>x</title></head><body></body></html>',
  );
  writeFileSync(join(dir, 'secret.txt'), 'không được đọc');
  const silent = { error: () => undefined, info: () => undefined };
  harness = await startHarness({ databasePath: join(dir, 'h.sqlite'), rendererDir, log: silent });
  return harness;
}

/** A raw request, so tests can send the headers a browser would not let a page forge. */
function send(h: Harness, path: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: h.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('loopback harness', () => {
  it('listens on 127.0.0.1 only: another interface of this machine is refused', async () => {
    const h = await startOnTempRenderer();
    expect(h.boundAddress).toBe('127.0.0.1');
    expect((await fetch(`${h.origin}/`, { headers: h.authHeaders })).status).toBe(200);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      const refused = await new Promise<string>((done) =>
        request({ host: external.address, port: h.port, timeout: 2000 }, () => done('connected'))
          .on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'))
          .end(),
      );
      expect(refused).toBe('ECONNREFUSED');
    }
  });

  it('injects window.api with one function per contract channel, before the app scripts', async () => {
    const h = await startOnTempRenderer();
    const html = await (await fetch(`${h.origin}/`, { headers: h.authHeaders })).text();
    expect(html).toMatch(/<head>\s*<script src="\/__harness\/api.js"><\/script>/);
    const script = await (await fetch(`${h.origin}/__harness/api.js`, { headers: h.authHeaders })).text();
    for (const name of channelNames) expect(script).toContain(JSON.stringify(name));
  });

  it('dispatches to the core handlers and answers with the result envelope', async () => {
    const h = await startOnTempRenderer();
    const origin = h.origin;
    const post = (channel: string, body: unknown) =>
      fetch(`${origin}/__harness/invoke/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, ...h.authHeaders },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<unknown>);
    expect(await post('units:create', { name: 'Xã A', kind: 'xa' })).toMatchObject({
      ok: true,
      value: { name: 'Xã A' },
    });
    expect(await post('units:create', { name: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await post('units:list', {})).toMatchObject({ ok: true, value: [{ name: 'Xã A' }] });
  });

  it('refuses requests for another host name (DNS rebinding) or from another origin', async () => {
    const h = await startOnTempRenderer();
    const json = { 'content-type': 'application/json', ...h.authHeaders };
    const rebind = await send(h, '/__harness/invoke/units:list', {
      method: 'POST',
      headers: { ...json, host: `evil.example:${h.port}` },
      body: '{}',
    });
    expect(rebind.status).toBe(421);
    const crossSite = await send(h, '/__harness/invoke/units:list', {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const form = await send(h, '/__harness/invoke/units:list', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...h.authHeaders },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(h.ctx.repos.units.all()).toEqual([]);
  });

  it('another program on this PC without the run’s token is refused; the printed address admits the browser', async () => {
    const h = await startOnTempRenderer();
    const json = { 'content-type': 'application/json', origin: h.origin };
    // No token, a wrong token, a token from a query on a POST: nothing runs, nothing is served.
    expect((await send(h, '/', {})).status).toBe(403);
    expect((await send(h, '/__harness/api.js', {})).status).toBe(403);
    const anonymous = await send(h, '/__harness/invoke/units:create', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Xã lạ', kind: 'xa' }),
    });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body).toContain('npm run web');
    const wrong = await send(h, '/', { headers: { 'x-thidua-token': 'x'.repeat(32) } });
    expect(wrong.status).toBe(403);
    const token = new URL(h.url).searchParams.get('t')!;
    const viaQuery = await send(h, `/__harness/invoke/units:create?t=${token}`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Xã lạ', kind: 'xa' }),
    });
    expect(viaQuery.status).toBe(403);
    expect(h.ctx.repos.units.all()).toEqual([]);

    // The printed address: its token becomes an HttpOnly same-site cookie, then the token leaves the address bar.
    const entry = await fetch(h.url, { redirect: 'manual' });
    expect(entry.status).toBe(303);
    expect(entry.headers.get('location')).toBe('/');
    const cookie = entry.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^thidua-${h.port}=${token}; HttpOnly; SameSite=Strict; Path=/$`));
    const withCookie = { cookie: cookie.split(';')[0]! };
    expect((await send(h, '/', { headers: withCookie })).status).toBe(200);
    const created = await send(h, '/__harness/invoke/units:create', {
      method: 'POST',
      headers: { ...json, ...withCookie },
      body: JSON.stringify({ name: 'Xã A', kind: 'xa' }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true });
    // Another harness's cookie (another port) does not open this one.
    const otherPort = { cookie: `thidua-${h.port + 1}=${token}` };
    expect((await send(h, '/', { headers: otherPort })).status).toBe(403);
  });

  it('never serves a file outside the renderer folder', async () => {
    const h = await startOnTempRenderer();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await send(h, path, { headers: h.authHeaders });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('không được đọc');
    }
  });
});
