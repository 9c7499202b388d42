import {
  channelNames,
  type Api,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type Result,
} from '@shared/contract';
import type { AppInfo } from '@shared/contract/app';
import { emptyCouncilProfile, type CouncilProfile } from '@shared/domain/council';
import { compareUnits, isUnitActiveOn, type Unit, type UnitKind } from '@shared/domain/unit';
import { suggestUnitCode } from '@shared/domain/vietnamese-text';
import type { AppErrorShape } from '@shared/errors';
import { inputMessages, settingsMessages, unitMessages } from '@shared/i18n/vi-errors';

/**
 * An in-memory `window.api` with the core's observable behaviour for the channels the renderer uses: units come back
 * in `compareUnits` order, retired units only on request, codes must be unique. Every call is recorded so tests can
 * assert the exact payload the renderer sent. Channels these pages do not use answer UNKNOWN_CHANNEL, so the fake
 * stays a complete `Api` as the contract grows.
 */
export interface FakeApiState {
  info: AppInfo;
  council: CouncilProfile;
  units: Unit[];
  /** The fake's "today" for deciding which units are active. */
  today: string;
}

export interface FakeApi {
  api: Api;
  state: FakeApiState;
  calls: Array<{ channel: ChannelName; input: unknown }>;
  callsTo<C extends ChannelName>(channel: C): ChannelInput<C>[];
  /** Makes the next call to `channel` fail with this envelope, as the core would. */
  failNext(channel: ChannelName, error: AppErrorShape): void;
}

/**
 * Answers for channels this fake does not model (or replacements for those it does), given by a test that needs them;
 * a handler may return a promise to keep a call pending. Failures still go through `failNext`.
 */
export type FakeOverrides = {
  [C in ChannelName]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

type ModelledChannel = Extract<ChannelName, `app:${string}` | `settings:${string}` | `units:${string}`>;
type Handlers = { [C in ModelledChannel]: (input: ChannelInput<C>) => ChannelOutput<C> };

class FakeCoreError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
  }
}

export function unit(id: number, name: string, kind: UnitKind, extra: Partial<Unit> = {}): Unit {
  return {
    id,
    code: suggestUnitCode(name),
    name,
    kind,
    parentId: null,
    validFrom: null,
    validTo: null,
    mergedIntoId: null,
    note: null,
    dissolved: false,
    demo: false,
    ...extra,
  };
}

export function createFakeApi(initial: Partial<FakeApiState> = {}, overrides: FakeOverrides = {}): FakeApi {
  const state: FakeApiState = {
    info: {
      version: '0.1.0',
      schemaVersion: 1,
      databasePath: 'C:\\ThiDua\\thi-dua.sqlite',
      setupDone: true,
      demo: false,
      demoName: null,
      councilLevel: 'huyen',
    },
    council: { ...emptyCouncilProfile },
    units: [],
    today: '2025-08-01',
    ...initial,
  };
  const calls: FakeApi['calls'] = [];
  const failures = new Map<ChannelName, AppErrorShape>();
  let nextId = Math.max(0, ...state.units.map((u) => u.id)) + 1;

  const find = (id: number): Unit => {
    const found = state.units.find((u) => u.id === id);
    if (!found) throw new FakeCoreError({ code: 'NOT_FOUND', message: unitMessages.notFound(id) });
    return found;
  };
  const insert = (fields: Pick<Unit, 'name' | 'kind'> & Partial<Unit>): Unit => {
    const code = fields.code ?? suggestUnitCode(fields.name);
    if (state.units.some((u) => u.code === code)) {
      throw new FakeCoreError({ code: 'CONFLICT', message: unitMessages.codeTaken(code) });
    }
    const created = unit(nextId++, fields.name, fields.kind, { ...fields, code });
    state.units.push(created);
    return created;
  };
  const end = (target: Unit, date: string, mergedIntoId: number | null) => {
    if (target.validTo !== null) {
      throw new FakeCoreError({ code: 'CONFLICT', message: unitMessages.alreadyRetired(target.name) });
    }
    target.validTo = date;
    target.mergedIntoId = mergedIntoId;
  };

  const handlers: Handlers = {
    'app:info': () => ({ ...state.info }),
    'app:setup': (input) => {
      if (state.info.setupDone)
        throw new FakeCoreError({ code: 'CONFLICT', message: settingsMessages.setupAlreadyDone });
      state.info = {
        ...state.info,
        setupDone: true,
        demo: input.mode === 'demo',
        demoName: input.mode === 'demo' ? (input.demo ?? 'xa-2026') : null,
        councilLevel: input.mode === 'empty' ? (input.level ?? 'xa') : state.info.councilLevel,
      };
      if (input.mode === 'empty') state.council = { ...state.council, level: input.level ?? 'xa' };
      return { ...state.info };
    },
    'app:startReal': () => {
      if (!state.info.demo) throw new FakeCoreError({ code: 'CONFLICT', message: settingsMessages.notDemo });
      state.units = [];
      state.info = { ...state.info, demo: false };
      const backupPath = '/sao-luu/mau.sqlite';
      return { info: { ...state.info }, backupPath, message: settingsMessages.startedReal(backupPath) };
    },
    'app:gettingStarted': () => ({
      council: state.council.issuingBody.trim() !== '',
      units: state.units.length > 0,
      plan: false,
      figures: false,
      report: false,
    }),
    'settings:council': () => ({ ...state.council }),
    'settings:saveCouncil': (profile) => {
      state.council = { ...profile, issuerName: profile.issuerName ?? '' };
      return { ...state.council };
    },
    'units:list': ({ includeRetired }) =>
      state.units
        .filter((u) => includeRetired || isUnitActiveOn(u, state.today))
        .sort(compareUnits)
        .map((u) => ({ ...u })),
    'units:create': (input) =>
      insert({
        ...input,
        parentId: input.parentId ?? null,
        validFrom: input.validFrom ?? null,
        note: input.note ?? null,
      }),
    'units:rename': ({ id, name }) => {
      const target = find(id);
      target.name = name;
      return { ...target };
    },
    'units:delete': ({ id }) => {
      state.units = state.units.filter((u) => u.id !== id);
      return { deleted: id };
    },
    'units:retire': ({ id, validTo }) => {
      const target = find(id);
      end(target, validTo, null);
      return { ...target };
    },
    'units:merge': ({ sourceIds, intoId, newUnit, date }) => {
      const into = intoId !== undefined ? find(intoId) : insert({ ...newUnit!, validFrom: date });
      for (const id of sourceIds) end(find(id), date, into.id);
      return { ...into };
    },
  };

  const isModelled = (channel: ChannelName): channel is ModelledChannel => Object.hasOwn(handlers, channel);

  const api = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      async (input: unknown): Promise<Result<unknown>> => {
        calls.push({ channel, input: structuredClone(input) });
        const failure = failures.get(channel);
        if (failure) {
          failures.delete(channel);
          return { ok: false, error: failure };
        }
        const override = overrides[channel] as ((i: unknown) => unknown) | undefined;
        if (!override && !isModelled(channel)) {
          return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: inputMessages.unknownChannel(channel) } };
        }
        try {
          const handler = override ?? (handlers[channel as ModelledChannel] as (i: unknown) => unknown);
          return { ok: true, value: await handler(input ?? {}) };
        } catch (error) {
          if (error instanceof FakeCoreError) return { ok: false, error: error.shape };
          throw error;
        }
      },
    ]),
  ) as Api;

  return {
    api,
    state,
    calls,
    callsTo: <C extends ChannelName>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.input as ChannelInput<C>),
    failNext: (channel, error) => failures.set(channel, error),
  };
}
