import { readAwardFile } from '../awards/award-import-read';
import { readCriteriaSheet } from '../clusters/criteria-import';
import { readSelfScoreFile } from '../scores/cluster-read-sheet';
import { readImportFile } from '../figures/excel/read-import-file';
import { readDocxText } from '../plans/plan-file';

/**
 * What runs in the isolated reader: every parse of a file the secretary imports (the guard, then exceljs or
 * mammoth, then turning the document into plain rows). Each task takes and returns plain data (structured-cloned
 * between threads), never a workbook.
 */
export const isolatedTasks = {
  'read-figures-file': readImportFile,
  'read-award-file': readAwardFile,
  'read-self-score-file': readSelfScoreFile,
  'read-criteria-sheet': (input: { fileName: string; contentBase64: string }) =>
    readCriteriaSheet(input.fileName, input.contentBase64),
  'read-plan-docx': (input: { fileName: string; bytes: Uint8Array }) =>
    readDocxText(input.fileName, Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)),
};

export type IsolatedTasks = typeof isolatedTasks;
export type IsolatedTask = keyof IsolatedTasks;
export type TaskInput<K extends IsolatedTask> = Parameters<IsolatedTasks[K]>[0];
export type TaskOutput<K extends IsolatedTask> = Awaited<ReturnType<IsolatedTasks[K]>>;
