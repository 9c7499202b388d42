import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import { note, round } from './measure';

const corpusDir = join(__dirname, '..', 'tests', 'fixtures', 'plans');
const size = 1_000_000;
const runs = 5;

/**
 * A plan text of 1 MB made of the corpus's text plans one after another, each cut before its "Nơi nhận" (the reader
 * stops reading targets at the recipients, which would make the rest of the text free).
 */
function megabytePlan(): string {
  const bodies = readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => ['plan.txt', 'plan.tsv'].map((name) => join(corpusDir, entry.name, name)))
    .flatMap((path) => {
      try {
        const text = readFileSync(path, 'utf8');
        const footer = text.indexOf('Nơi nhận');
        return [footer === -1 ? text : text.slice(0, footer)];
      } catch {
        return [];
      }
    });
  let text = '';
  while (text.length < size) text += bodies.join('\n\n');
  return text.slice(0, size);
}

/**
 * "Đọc kế hoạch" on a 1 MB plan text (a plan is a few pages; this is the paste of a whole binder): the median wall
 * time and processor time of reading it after one untimed warm-up. The goal is under a second.
 */
export async function benchPlanParse(): Promise<Record<string, unknown>> {
  const text = megabytePlan();
  parsePlanText(text);
  const walls: number[] = [];
  const cpus: number[] = [];
  let targets = 0;
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    targets = parsePlanText(text).targets.length;
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
  const ms = median(walls);
  note(`plan-parse: ${round(text.length / 1024)} KB, ${targets} targets, ${ms} ms (goal < 1000 ms)`);
  return {
    bench: 'plan-parse',
    bytes: Buffer.byteLength(text),
    chars: text.length,
    targets,
    ms,
    cpuMs: median(cpus),
    goalMs: 1000,
  };
}
