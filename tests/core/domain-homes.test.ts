import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';

/**
 * One home per domain (docs/architecture.md): every channel prefix `x` of the contract has its channels in
 * `shared/contract/x.ts` (exported as `xChannels`) and its handlers, service and repository in `electron/core/x/`
 * (the handlers exported as `xHandlers` from `handlers.ts`), so a newcomer goes from a channel name to its SQL inside
 * one folder. Everything else in those two places is shared infrastructure, listed here by name.
 */
const root = join(__dirname, '../..');
const coreDir = join(root, 'electron/core');
const contractDir = join(root, 'shared/contract');

/** Folders of electron/core that serve several domains rather than one channel prefix. */
const sharedCoreFolders = ['db', 'demo', 'dispatch', 'documents', 'excel-kit', 'import-guard', 'isolation'];
/** Contract files without channels: the channel definition, reused schemas, Excel file shapes and the index. */
const sharedContractFiles = ['define.ts', 'excel.ts', 'index.ts', 'schemas.ts'];

const prefixOf = (channel: string) => channel.slice(0, channel.indexOf(':'));
const prefixes = [...new Set(channelNames.map(prefixOf))].sort();
const channelsOf = (prefix: string) => channelNames.filter((name) => prefixOf(name) === prefix).sort();

/** What is missing or misplaced for one prefix; empty when its two homes are right. */
async function homeProblems(prefix: string): Promise<string[]> {
  const problems: string[] = [];
  const contractFile = join(contractDir, `${prefix}.ts`);
  const handlersFile = join(coreDir, prefix, 'handlers.ts');
  if (!existsSync(contractFile)) problems.push(`shared/contract/${prefix}.ts is missing`);
  else {
    const channels = (await import(contractFile))[`${prefix}Channels`] as object | undefined;
    if (!channels) problems.push(`shared/contract/${prefix}.ts does not export ${prefix}Channels`);
    else if (JSON.stringify(Object.keys(channels).sort()) !== JSON.stringify(channelsOf(prefix)))
      problems.push(`${prefix}Channels is not exactly the ${prefix}: channels`);
  }
  if (!existsSync(handlersFile)) problems.push(`electron/core/${prefix}/handlers.ts is missing`);
  else {
    const handlers = (await import(handlersFile))[`${prefix}Handlers`] as object | undefined;
    if (!handlers) problems.push(`electron/core/${prefix}/handlers.ts does not export ${prefix}Handlers`);
    else if (JSON.stringify(Object.keys(handlers).sort()) !== JSON.stringify(channelsOf(prefix)))
      problems.push(`${prefix}Handlers does not handle exactly the ${prefix}: channels`);
  }
  return problems;
}

describe('one home per channel prefix', () => {
  it.each(prefixes)('%s has its contract file and its core folder with handlers.ts', async (prefix) => {
    expect(await homeProblems(prefix)).toEqual([]);
  });

  it('reports a prefix that has neither home', async () => {
    expect(await homeProblems('ghost')).toEqual([
      'shared/contract/ghost.ts is missing',
      'electron/core/ghost/handlers.ts is missing',
    ]);
  });

  it('electron/core holds one folder per prefix, besides the named shared ones', () => {
    const folders = readdirSync(coreDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual([...prefixes, ...sharedCoreFolders].sort());
  });

  it('shared/contract holds one file per prefix, besides the named shared ones', () => {
    const files = readdirSync(contractDir).sort();
    expect(files).toEqual([...prefixes.map((prefix) => `${prefix}.ts`), ...sharedContractFiles].sort());
  });
});
