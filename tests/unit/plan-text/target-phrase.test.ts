import { describe, expect, it } from 'vitest';
import { splitTargetLine } from '@shared/plan-text/split-targets';
import { parseTargetPhrase, type TargetDraft } from '@shared/plan-text/target-phrase';

/** Reads a phrase that holds exactly one target. */
function read(text: string): TargetDraft {
  const segments = splitTargetLine(text);
  expect(segments).toHaveLength(1);
  const [segment] = segments;
  if (segment === undefined) throw new Error('no segment');
  const draft = parseTargetPhrase(segment, { previousName: null, leadIn: null });
  if (draft === null) throw new Error(`"${text}" was not read as a target`);
  return draft;
}

function shape(draft: TargetDraft): Pick<TargetDraft, 'name' | 'comparator' | 'value' | 'max' | 'unit'> {
  return { name: draft.name, comparator: draft.comparator, value: draft.value, max: draft.max, unit: draft.unit };
}

describe('reach at least (gte)', () => {
  it('reads "Sản lượng lúa đạt 320.080 tấn" as at least 320,080 tonnes', () => {
    expect(shape(read('Sản lượng lúa đạt 320.080 tấn'))).toEqual({
      name: 'Sản lượng lúa',
      comparator: 'gte',
      value: 320080,
      max: null,
      unit: 'tấn',
    });
  });

  it.each([
    'Tỷ lệ che phủ rừng 95% trở lên',
    'Tỷ lệ che phủ rừng từ 95% trở lên',
    'Tỷ lệ che phủ rừng đạt 95% trở lên',
  ])('reads "%s" as at least 95%%', (text) => {
    expect(shape(read(text))).toEqual({
      name: 'Tỷ lệ che phủ rừng',
      comparator: 'gte',
      value: 95,
      max: null,
      unit: '%',
    });
  });

  it('reads "ít nhất" and "tối thiểu" as at least', () => {
    expect(read('Số lao động được đào tạo ít nhất 500 người').comparator).toBe('gte');
    expect(read('Số lao động được đào tạo tối thiểu 500 người').comparator).toBe('gte');
  });

  it('reads a bare figure after the indicator ("Diện tích … 6.250 ha") as a level to reach', () => {
    expect(shape(read('Diện tích màu và cây công nghiệp ngắn ngày 6.250 ha'))).toEqual({
      name: 'Diện tích màu và cây công nghiệp ngắn ngày',
      comparator: 'gte',
      value: 6250,
      max: null,
      unit: 'ha',
    });
  });

  it('reads "07 xã đạt chuẩn nông thôn mới" as a count of at least 7 communes', () => {
    expect(shape(read('07 xã đạt chuẩn nông thôn mới'))).toEqual({
      name: 'Số xã đạt chuẩn nông thôn mới',
      comparator: 'gte',
      value: 7,
      max: null,
      unit: 'xã',
    });
  });

  it('reads "90% khu dân cư đạt …" written value-first as the rate of residential areas', () => {
    expect(shape(read('90% khu dân cư đạt tiêu chuẩn an toàn'))).toEqual({
      name: 'Tỷ lệ khu dân cư đạt tiêu chuẩn an toàn',
      comparator: 'gte',
      value: 90,
      max: null,
      unit: '%',
    });
  });

  it('keeps a compound unit such as "tạ/ha" or "triệu đồng/người/năm"', () => {
    expect(read('Năng suất lúa 65 tạ/ha').unit).toBe('tạ/ha');
    expect(read('Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm').unit).toBe('triệu đồng/người/năm');
  });
});

describe('strictly above or below (gt, lt) and at most (lte)', () => {
  it('reads "tiêm chủng trên 98%" as strictly above 98%, not confusing the age "dưới 1 tuổi" with a comparator', () => {
    expect(shape(read('Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên 98%'))).toEqual({
      name: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
      comparator: 'gt',
      value: 98,
      max: null,
      unit: '%',
    });
  });

  it('reads "suy dinh dưỡng dưới 0,04%" as strictly below 0.04%', () => {
    expect(shape(read('Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 0,04%'))).toEqual({
      name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng',
      comparator: 'lt',
      value: 0.04,
      max: null,
      unit: '%',
    });
  });

  it('reads "dưới 6%" as lt and "bằng hoặc dưới 6%" as lte', () => {
    expect(read('Tỷ lệ hộ nghèo dưới 6%').comparator).toBe('lt');
    expect(read('Tỷ lệ hộ nghèo bằng hoặc dưới 6%').comparator).toBe('lte');
  });

  it('reads "giảm xuống còn 9,4%" as at most 9.4%, with nothing ambiguous about it', () => {
    const draft = read('Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng xuống còn 9,4%');
    expect(shape(draft)).toEqual({
      name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng',
      comparator: 'lte',
      value: 9.4,
      max: null,
      unit: '%',
    });
    expect(draft.ambiguous).toBe(false);
  });
});

describe('ranges (between)', () => {
  it.each([
    'Gia đình văn hóa đạt 90 – 95%',
    'Gia đình văn hóa đạt 90-95%',
    'Gia đình văn hóa đạt 90 —95%',
    'Gia đình văn hóa đạt 90% - 95%',
  ])('reads "%s" as between 90 and 95%%, whatever the dash and spacing', (text) => {
    expect(shape(read(text))).toEqual({
      name: 'Tỷ lệ gia đình văn hóa',
      comparator: 'between',
      value: 90,
      max: 95,
      unit: '%',
    });
  });
});

describe('changes against a baseline (increase, decrease)', () => {
  it('reads "Giá trị sản xuất tăng 10% so với năm 2022" as a relative increase of 10% over 2022', () => {
    const draft = read('Giá trị sản xuất tăng 10% so với năm 2022');
    expect(shape(draft)).toEqual({ name: 'Giá trị sản xuất', comparator: 'increase', value: 10, max: null, unit: '%' });
    expect(draft.relative).toBe(true);
    expect(draft.baselineYear).toBe(2022);
  });

  it('reads "nông nghiệp tăng 5-7%" as a relative increase of 5 to 7%', () => {
    const draft = read('Giá trị sản xuất nông nghiệp tăng 5-7%');
    expect([draft.comparator, draft.value, draft.max, draft.relative]).toEqual(['increase', 5, 7, true]);
  });

  it('reads "Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%" as a decrease of 0.2 to 0.5 percentage points', () => {
    const draft = read('Tỷ lệ hộ nghèo giảm từ 0,2 – 0,5%');
    expect(shape(draft)).toEqual({ name: 'Tỷ lệ hộ nghèo', comparator: 'decrease', value: 0.2, max: 0.5, unit: '%' });
    expect(draft.relative).toBe(false);
    expect(draft.ambiguous).toBe(false);
    expect(draft.note).toContain('điểm phần trăm');
  });

  it('reads "Tỷ lệ hộ nghèo giảm 0,5%" as 0.5 percentage points and says so in a note', () => {
    const draft = read('Tỷ lệ hộ nghèo giảm 0,5%');
    expect([draft.comparator, draft.value, draft.relative]).toEqual(['decrease', 0.5, false]);
    expect(draft.note).toBe('Hiểu là giảm 0,5 điểm phần trăm so với tỷ lệ kỳ gốc, không phải giảm 0,5% của tỷ lệ đó.');
  });

  it('takes the year out of "so với cùng kỳ năm 2023" and keeps the words', () => {
    const draft = read('Thu ngân sách tăng 12% so với cùng kỳ năm 2023');
    expect([draft.relative, draft.baselineYear, draft.baseline]).toEqual([true, 2023, 'cùng kỳ năm 2023']);
  });

  it('keeps a baseline that is not a year ("so với chỉ tiêu trên giao")', () => {
    const draft = read('Tổng thu ngân sách tăng 6,5% so với chỉ tiêu trên giao');
    expect([draft.comparator, draft.relative, draft.baselineYear, draft.baseline]).toEqual([
      'increase',
      true,
      null,
      'chỉ tiêu trên giao',
    ]);
  });
});

describe('share (eq), zero, achieve and qualitative targets', () => {
  it('reads "Nông nghiệp chiếm 38,5%" as a share equal to 38.5%', () => {
    expect(shape(read('Nông nghiệp chiếm 38,5%'))).toEqual({
      name: 'Nông nghiệp',
      comparator: 'eq',
      value: 38.5,
      max: null,
      unit: '%',
    });
  });

  it('reads "Không để phát sinh hộ nghèo mới" as zero new poor households', () => {
    expect(shape(read('Không để phát sinh hộ nghèo mới'))).toEqual({
      name: 'Hộ nghèo mới',
      comparator: 'zero',
      value: 0,
      max: null,
      unit: 'hộ',
    });
  });

  it('reads "đạt và vượt chỉ tiêu trên giao" as a yes/no achievement without a value', () => {
    expect(shape(read('Tổng thu ngân sách Nhà nước đạt và vượt chỉ tiêu trên giao'))).toEqual({
      name: 'Tổng thu ngân sách Nhà nước',
      comparator: 'achieve',
      value: null,
      max: null,
      unit: null,
    });
  });

  it('reads "Hoàn thành 100% chỉ tiêu tuyển quân" as an achievement, not a rate of 100%', () => {
    expect(shape(read('Hoàn thành 100% chỉ tiêu tuyển quân'))).toEqual({
      name: 'Hoàn thành chỉ tiêu tuyển quân',
      comparator: 'achieve',
      value: null,
      max: null,
      unit: null,
    });
  });

  it('reads "Giữ vững ổn định chính trị" as a qualitative target in the security group', () => {
    const draft = read('Giữ vững ổn định chính trị');
    expect([draft.comparator, draft.value, draft.group]).toEqual(['text', null, 'quoc_phong_an_ninh']);
  });

  it('treats "không để xảy ra" inside a sentence as qualitative, not as a zero target', () => {
    expect(read('Giữ vững ổn định chính trị không để xảy ra vụ việc phức tạp').comparator).toBe('text');
  });
});

describe('ambiguity flags', () => {
  it('flags "Giảm tỷ lệ … suy dinh dưỡng 9,4%" (to or by?) and proposes "to" for such a large figure', () => {
    const draft = read('Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 9,4%');
    expect([draft.comparator, draft.value, draft.ambiguous]).toEqual(['lte', 9.4, true]);
    expect(draft.ambiguityReason).toContain('giảm xuống còn 9,4%');
  });

  it('flags "Giảm tỷ lệ hộ nghèo 1,5%" and proposes a decrease of 1.5 points for a small figure', () => {
    const draft = read('Giảm tỷ lệ hộ nghèo 1,5%');
    expect([draft.comparator, draft.value, draft.relative, draft.ambiguous]).toEqual(['decrease', 1.5, false, true]);
  });

  it('flags a figure without a unit', () => {
    const draft = read('Giải quyết việc làm cho 500');
    expect([draft.value, draft.unit, draft.ambiguous]).toEqual([500, null, true]);
    expect(draft.ambiguityReason).toBe('Không có đơn vị tính; cần xác nhận đơn vị.');
  });

  it('flags "789,53 đồng" as a garbled unit (an industrial output is not 789 dong)', () => {
    const draft = read('Giá trị sản xuất công nghiệp 789,53 đồng (giá so sánh 2010)');
    expect([draft.value, draft.unit, draft.ambiguous]).toEqual([789.53, 'đồng', true]);
    expect(draft.ambiguityReason).toContain('“đồng”');
  });

  it('does not flag a large amount in đồng', () => {
    expect(read('Tổng vốn đầu tư 6.830.000.000 đồng').ambiguous).toBe(false);
  });

  it('does not flag a clear target', () => {
    const draft = read('Sản lượng lúa đạt 320.080 tấn');
    expect([draft.ambiguous, draft.ambiguityReason, draft.note]).toEqual([false, null, null]);
  });
});

describe('what is not a target', () => {
  it('returns null for a count of meetings', () => {
    const [segment] = splitTargetLine('Tổ chức 04 cuộc họp Hội đồng');
    expect(segment && parseTargetPhrase(segment, { previousName: null, leadIn: null })).toBeNull();
  });
});

describe('indicator groups', () => {
  it.each([
    ['Sản lượng lúa đạt 320.080 tấn', 'kinh_te'],
    ['Tỷ lệ hộ nghèo giảm 0,5%', 'van_hoa_xa_hoi'],
    ['100% cơ quan đạt chuẩn an toàn về an ninh trật tự', 'quoc_phong_an_ninh'],
    ['Tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến đạt 80%', 'xay_dung_dang_chinh_quyen'],
    ['05 chợ đạt chuẩn', 'khac'],
  ])('puts "%s" in %s', (text, group) => {
    expect(read(text).group).toBe(group);
  });
});
