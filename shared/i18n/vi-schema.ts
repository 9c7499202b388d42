/** How a database's structure differs from the one the migrations make: restores, imports and start-up say it alike. */

export interface SchemaDifferenceText {
  kind: 'extra' | 'missing' | 'changed';
  type: 'table' | 'index' | 'view' | 'trigger';
  name: string;
}

const objectWords: Readonly<Record<SchemaDifferenceText['type'], string>> = {
  table: 'bảng',
  index: 'chỉ mục',
  view: 'view',
  trigger: 'trigger',
};

/** @example describeSchemaDifferences([{ kind: 'extra', type: 'trigger', name: 't' }]) === 'có thêm trigger "t"' */
export function describeSchemaDifferences(differences: readonly SchemaDifferenceText[], shown = 8): string {
  const texts = differences.slice(0, shown).map(({ kind, type, name }) => {
    const object = `${objectWords[type]} "${name}"`;
    if (kind === 'extra') return `có thêm ${object}`;
    if (kind === 'missing') return `thiếu ${object}`;
    return `${object} khác với cấu trúc phần mềm tạo ra`;
  });
  const more = differences.length - shown;
  return more > 0 ? `${texts.join('; ')}; và ${more} chỗ khác` : texts.join('; ');
}

/** @example describeForeignKeyViolations(new Map([['figures', 2]])) === 'bảng "figures": 2 dòng' */
export function describeForeignKeyViolations(perTable: ReadonlyMap<string, number>): string {
  return [...perTable].map(([table, rows]) => `bảng "${table}": ${rows} dòng`).join('; ');
}

export const schemaMessages = {
  /** A copy to restore or import. */
  copyForeign: (path: string, version: number, differences: string) =>
    `Tệp "${path}" không phải dữ liệu của Thi Đua Desk hoặc đã bị sửa ngoài phần mềm (lược đồ ${version}: ${differences}).`,
  copyUnknownVersion: (path: string, version: number) =>
    `Tệp "${path}" có phiên bản lược đồ ${version} mà Thi Đua Desk không tạo ra; không phải dữ liệu của Thi Đua Desk.`,
  copyForeignKeys: (path: string, violations: string) =>
    `Tệp "${path}" có dữ liệu vi phạm khóa ngoại (${violations}) nên không dùng được.`,
  copyUnusable: (path: string, detail: string) =>
    `Tệp "${path}" không mở được như dữ liệu của Thi Đua Desk (${detail}).`,
  /** The app's own data file at start-up: treated as damage, so the newest good backup is offered. */
  ownChanged: (differences: string) =>
    `Cấu trúc tệp dữ liệu đã bị thay đổi ngoài phần mềm (${differences}). Hãy khôi phục từ bản sao lưu gần nhất.`,
  ownUnknownVersion: (version: number) =>
    `Tệp dữ liệu có phiên bản lược đồ ${version} mà Thi Đua Desk không tạo ra. Hãy khôi phục từ bản sao lưu gần nhất.`,
  ownUnreadable: (detail: string) =>
    `Tệp dữ liệu không dùng được với phần mềm (${detail}). Hãy khôi phục từ bản sao lưu gần nhất.`,
  unchanged: 'Dữ liệu hiện tại không bị thay đổi.',
};
