import { describe, expect, it } from 'vitest';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import { AppError } from '@shared/errors';

const planWithCriteria = [
  'KẾ HOẠCH',
  'Phát động phong trào thi đua năm 2023',
  'Căn cứ Kế hoạch số 15/KH-UBND ngày 18 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh;',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Phấn đấu hoàn thành 100% chỉ tiêu kế hoạch năm 2023.',
  'II. CHỈ TIÊU THI ĐUA',
  '1. Chỉ tiêu về kinh tế:',
  '- Sản lượng lúa đạt 320.080 tấn;',
  '- Tổ chức 04 cuộc họp Hội đồng.',
  '- Đơn vị đạt tối thiểu 50% chỉ tiêu được giao đến 30/6 được đề nghị Bằng khen.',
  '2. Chỉ tiêu về văn hóa – xã hội:',
  '- Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%; không để phát sinh hộ nghèo mới.',
  'III. KHEN THƯỞNG',
  '1. Khen thưởng sơ kết 6 tháng',
  '- Tặng Giấy khen cho tập thể hoàn thành 100% chỉ tiêu, không quá 02 cá nhân mỗi đơn vị.',
  'IV. TỔ CHỨC THỰC HIỆN',
  '1. Phòng Nội vụ',
  '- Tổ chức 02 đợt kiểm tra, đạt 100% đơn vị được kiểm tra.',
].join('\n');

describe('parsePlanText', () => {
  const plan = parsePlanText(planWithCriteria);

  it('reads targets only from the targets section, one per figure, with their source line', () => {
    expect(plan.targets.map((t) => [t.line, t.name, t.comparator, t.value, t.max, t.unit])).toEqual([
      [8, 'Sản lượng lúa', 'gte', 320080, null, 'tấn'],
      [12, 'Tỷ lệ hộ nghèo', 'decrease', 0.2, 0.5, '%'],
      [12, 'Hộ nghèo mới', 'zero', 0, null, 'hộ'],
    ]);
  });

  it('takes the group from the sub-heading when the words of the indicator say nothing', () => {
    const text =
      'II. CHỈ TIÊU THI ĐUA\n1. Chỉ tiêu về quốc phòng – an ninh:\n- Số vụ việc được hòa giải thành đạt 90%.';
    const [target] = parsePlanText(text).targets;
    expect([target?.name, target?.group]).toEqual(['Tỷ lệ vụ việc được hòa giải thành', 'quoc_phong_an_ninh']);
  });

  it('puts an indicator without a telling word or heading in "khac"', () => {
    const [target] = parsePlanText('II. CHỈ TIÊU THI ĐUA\n- Số vụ việc được hòa giải thành đạt 90%.').targets;
    expect(target?.group).toBe('khac');
  });

  it('keeps "đạt tối thiểu 50% chỉ tiêu được giao" and the Giấy khen rule as criteria, not targets', () => {
    expect(plan.criteria).toEqual([
      { text: 'Đơn vị đạt tối thiểu 50% chỉ tiêu được giao đến 30/6 được đề nghị Bằng khen.', line: 10 },
      { text: 'Tặng Giấy khen cho tập thể hoàn thành 100% chỉ tiêu, không quá 02 cá nhân mỗi đơn vị.', line: 15 },
    ]);
  });

  it('reads nothing from the purposes and the organisation sections', () => {
    expect(plan.targets.some((t) => t.line < 6 || t.line > 12)).toBe(false);
  });

  it('refuses an empty text with PLAN_TEXT_INVALID', () => {
    let caught: unknown;
    try {
      parsePlanText(' \n\t\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('PLAN_TEXT_INVALID');
  });

  it('returns no targets, rather than failing, for a plan without a targets section', () => {
    expect(
      parsePlanText('KẾ HOẠCH\nTuyên truyền\nI. NỘI DUNG\n1. Tiếp tục thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014.')
        .targets,
    ).toEqual([]);
  });

  it('carries "chiếm" over a list of shares written with the verb once', () => {
    const shares = parsePlanText(
      'I. CHỈ TIÊU\nNông nghiệp chiếm 38,5%, công nghiệp – xây dựng 25,5%, dịch vụ 36%.',
    ).targets;
    expect(shares.map((t) => [t.name, t.comparator, t.value])).toEqual([
      ['Nông nghiệp', 'eq', 38.5],
      ['Công nghiệp – xây dựng', 'eq', 25.5],
      ['Dịch vụ', 'eq', 36],
    ]);
  });

  it('names a figure after a "Name: value" label by its label', () => {
    const [target] = parsePlanText('I. CHỈ TIÊU\n- Sản lượng lúa: 320.080 tấn.').targets;
    expect([target?.name, target?.comparator, target?.value, target?.unit]).toEqual([
      'Sản lượng lúa',
      'gte',
      320080,
      'tấn',
    ]);
  });
});
