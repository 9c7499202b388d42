import { describe, expect, it } from 'vitest';
import { appErrorFromSystem, describeSystemError } from '@core/system-errors';

const withCode = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('the disk’s answers in Vietnamese (issue 16, finding 8)', () => {
  it('a full disk, a read-only disk and a missing permission each say what to do; none is INTERNAL or "damaged"', () => {
    for (const code of ['SQLITE_FULL', 'ENOSPC']) {
      expect(appErrorFromSystem(withCode(code))).toMatchObject({
        code: 'FILE_SYSTEM',
        message: expect.stringMatching(/^Ổ đĩa đã đầy/),
      });
    }
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'EROFS']) {
      expect(appErrorFromSystem(withCode(code))).toMatchObject({
        code: 'FILE_SYSTEM',
        message: expect.stringMatching(/chỉ đọc/),
      });
    }
    for (const code of ['EACCES', 'EPERM']) {
      expect(appErrorFromSystem(withCode(code))).toMatchObject({
        code: 'FILE_SYSTEM',
        message: expect.stringMatching(/không có quyền ghi/),
      });
    }
    expect(appErrorFromSystem(withCode('SQLITE_BUSY_SNAPSHOT'))).toMatchObject({
      code: 'BUSY',
      message: 'Dữ liệu đang được một cửa sổ khác dùng, thử lại.',
    });
    expect(appErrorFromSystem(new TypeError('x is undefined'))).toBeNull();
    expect(appErrorFromSystem(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
  });

  it('inside a message naming a folder, the reason is a short Vietnamese phrase', () => {
    expect(describeSystemError(withCode('ENOSPC'))).toBe('ổ đĩa đã đầy');
    expect(describeSystemError(withCode('EROFS'))).toBe('ổ đĩa hoặc thư mục chỉ cho đọc');
    expect(describeSystemError(withCode('ENOENT'))).toBe('ENOENT: something');
  });
});
