import { describe, expect, it } from 'vitest';
import { outlinePlan, readMarker } from '@shared/plan-text/outline';
import { segmentPlan } from '@shared/plan-text/segment';

/** Each paragraph with its role and the topic, group and target lead-in it sits under. */
function outline(text: string) {
  return outlinePlan(segmentPlan(text).blocks).map(({ block, role, context }) => ({
    text: block.kind === 'paragraph' ? block.text : '[bảng]',
    role,
    topic: context.topic,
    group: context.group,
    leadIn: context.targetLeadIn?.text ?? null,
  }));
}

describe('outlinePlan: sections of any numbering give context', () => {
  it('reads markers of every style', () => {
    expect(
      [
        'I. MỤC ĐÍCH',
        '1.2. Chỉ tiêu',
        'a) Kinh tế',
        '(3) Lúa',
        '- Lúa',
        '+ Lúa',
        '* Kinh tế:',
        'PHẦN II',
        'Điều 1. Chỉ tiêu',
      ].map((text) => readMarker(text).type),
    ).toEqual(['roman', 'n2', 'letter', 'paren', '-', '+', '•', 'part', 'part']);
    // "-5%" is a number, "2.200 lao động" a figure, "-----" a rule under the letterhead.
    expect(['-5% so với năm trước', '2.200 lao động', '-----------'].map((text) => readMarker(text).type)).toEqual([
      '',
      '',
      '',
    ]);
  });

  it('takes the topic from sentence-case headings and the group from letter items under a lead-in', () => {
    const rows = outline(
      [
        'I. Mục đích, yêu cầu',
        'Huy động sức mạnh của cả hệ thống chính trị.',
        'II. Chỉ tiêu thi đua',
        '- Phấn đấu đạt các chỉ tiêu sau:',
        'a) Chỉ tiêu về kinh tế:',
        '+ Sản lượng lúa đạt 320.080 tấn.',
        'b) Chỉ tiêu về quốc phòng, an ninh:',
        '+ Tỷ lệ khu dân cư an toàn về an ninh trật tự đạt 90%.',
        'III. Tổ chức thực hiện',
        '- Các ban ngành triển khai thực hiện.',
      ].join('\n'),
    );
    expect(rows[1]).toMatchObject({ topic: 'purpose' });
    expect(rows[5]).toMatchObject({
      role: 'statement',
      topic: 'targets',
      group: 'kinh_te',
      leadIn: 'Phấn đấu đạt các chỉ tiêu sau:',
    });
    expect(rows[7]).toMatchObject({ topic: 'targets', group: 'quoc_phong_an_ninh' });
    expect(rows[9]).toMatchObject({ topic: 'organisation', group: null, leadIn: null });
  });

  it('reads a short numbered line between two of its kind as an item, not a heading', () => {
    const rows = outline(
      'II. CHỈ TIÊU\n1. Sản lượng lúa đạt 320.080 tấn.\n2. Giữ vững ổn định chính trị\n3. Thu ngân sách đạt 25 tỷ đồng.',
    );
    expect(rows.map((row) => row.role)).toEqual(['heading', 'statement', 'statement', 'statement']);
    expect(rows[2]?.topic).toBe('targets');
  });

  it('reads parts and their titles on the next line, and "C." after "B." as a letter', () => {
    const rows = outline(
      [
        'PHẦN II',
        'CHỈ TIÊU THI ĐUA NĂM 2026',
        '- Thu ngân sách đạt 25 tỷ đồng.',
        'A. KINH TẾ',
        '- Lúa 5 tấn.',
        'B. XÃ HỘI',
        '- Hộ nghèo giảm 1%.',
        'C. KHEN THƯỞNG',
        '- Tặng Giấy khen.',
      ].join('\n'),
    );
    expect(rows[2]).toMatchObject({ topic: 'targets' });
    expect(rows[8]).toMatchObject({ topic: 'commendation' });
  });

  it('ends a lead-in without a number at the first plain paragraph after its list, or at an outer heading', () => {
    const rows = outline(
      [
        'II. CHỈ TIÊU',
        'Năm 2026, xã phấn đấu đạt các chỉ tiêu sau:',
        '- Thu ngân sách đạt 25 tỷ đồng.',
        'Các thôn tổ chức thực hiện.',
        'III. KHEN THƯỞNG',
        '- Tặng Giấy khen.',
      ].join('\n'),
    );
    expect(rows[2]?.leadIn).toBe('Năm 2026, xã phấn đấu đạt các chỉ tiêu sau:');
    expect(rows[3]?.leadIn).toBeNull();
    expect(rows[5]).toMatchObject({ leadIn: null, topic: 'commendation' });
  });

  it('keeps the preamble apart: the opening "… như sau:" does not lead into the plan\'s sections', () => {
    const rows = outline(
      'Ủy ban nhân dân xã ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\n- Huy động.\nII. CHỈ TIÊU\n- Lúa 5 tấn.',
    );
    expect(rows[2]).toMatchObject({ topic: 'purpose', leadIn: null });
    expect(rows[4]).toMatchObject({ topic: 'targets', leadIn: null });
  });
});
