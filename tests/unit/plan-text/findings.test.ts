import { describe, expect, it } from 'vitest';
import { isCommendationCondition } from '@shared/plan-text/criteria';
import { findMovements } from '@shared/plan-text/movements';
import { parsePlanText } from '@shared/plan-text/parse-plan';

describe('what a plan says besides its targets', () => {
  it('tells award conditions from targets that mention a title', () => {
    expect(isCommendationCondition('Tập thể hoàn thành 100% chỉ tiêu được đề nghị tặng Giấy khen.')).toBe(true);
    expect(isCommendationCondition('Đơn vị đạt tối thiểu 50% chỉ tiêu được giao đến 30/6.')).toBe(true);
    expect(isCommendationCondition('Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa đạt 90 - 95%.')).toBe(false);
    expect(isCommendationCondition('Hoàn thành 100% chỉ tiêu tuyển quân.')).toBe(false);
  });

  it('lists the movements named after "phong trào", not the theme nor a saying', () => {
    const movements = findMovements([
      {
        line: 3,
        text: 'Triển khai các phong trào thi đua: “Vì người nghèo - Không để ai bị bỏ lại phía sau”, “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”; nhân rộng các gương “người tốt, việc tốt”.',
      },
      {
        line: 5,
        text: 'Với chủ đề “Đoàn kết, sáng tạo” và lời dạy của Bác “Người người thi đua, ngành ngành thi đua”.',
      },
    ]);
    expect(movements).toEqual([
      { name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau', line: 3 },
      { name: 'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở', line: 3 },
    ]);
  });

  it('reads a campaign without numeric targets: header, movements, conditions, no targets, and a notice', () => {
    const plan = parsePlanText(
      [
        'Số: 02/KH-UBND',
        'Hải Châu, ngày 05 tháng 3 năm 2025',
        'KẾ HOẠCH',
        'Triển khai phong trào “Bình dân học vụ số” năm 2025',
        'I. MỤC ĐÍCH, YÊU CẦU',
        '- Nâng cao kỹ năng số cho người dân.',
        'II. KHEN THƯỞNG',
        '- Cá nhân có thành tích xuất sắc được đề nghị tặng Giấy khen.',
      ].join('\n'),
    );
    expect(plan.targets).toEqual([]);
    expect(plan.notice).toMatch(/^Không tìm thấy chỉ tiêu nào trong văn bản\./);
    expect(plan.header).toMatchObject({ number: '02/KH-UBND', year: 2025 });
    expect(plan.movements.map((m) => m.name)).toEqual(['Bình dân học vụ số']);
    expect(plan.criteria.map((c) => c.line)).toEqual([8]);
  });
});
