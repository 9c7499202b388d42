import type { IndicatorGroup } from '../domain/target-form';
import { foldVietnamese } from '../domain/vietnamese-text';

// Keywords are folded (no tones) so "văn hoá" and "văn hóa", "thuỷ" and "thủy" match alike.
// Security and Party come first: "trường đạt chuẩn an ninh trật tự" is about security, not schools.
const groupKeywords: { group: IndicatorGroup; pattern: RegExp }[] = [
  {
    group: 'quoc_phong_an_ninh',
    pattern:
      /an ninh|trat tu|quoc phong|tuyen quan|dan quan|quan su|ma tuy|te nan|toi pham|on dinh chinh tri|an toan giao thong|chay no/,
  },
  {
    group: 'xay_dung_dang_chinh_quyen',
    pattern: /dang vien|to chuc co so dang|xay dung dang|cai cach hanh chinh|dich vu cong|chinh quyen|ho so truc tuyen/,
  },
  {
    group: 'van_hoa_xa_hoi',
    pattern:
      /van hoa|ho ngheo|can ngheo|viec lam|lao dong|day nghe|dao tao nghe|tre em|suy dinh duong|tiem chung|bao hiem|\by te\b|\bbenh\b|hoc sinh|giao duc|nha truong|truong hoc|nha tre|mau giao|tieu hoc|thcs|thpt|len lop|dan so|internet|the thao|nuoc sach|ve sinh/,
  },
  {
    group: 'kinh_te',
    pattern:
      /san luong|\blua\b|dien tich|chan nuoi|gia suc|gia cam|thuy san|cong nghiep|gia tri san xuat|ngan sach|nong thon moi|\bduong\b|giao thong|thuong mai|dich vu|doanh nghiep|dau tu|thu nhap|tang truong|nong nghiep|trong trot|\bcay\b|\brung\b|xay dung/,
  },
];

/**
 * Proposes the group of an indicator from its words; the lead-in of its list ("chỉ tiêu về phát
 * triển kinh tế") only decides when the indicator's own words do not.
 * @example classifyIndicatorGroup('Tỷ lệ hộ nghèo', null) === 'van_hoa_xa_hoi'
 */
export function classifyIndicatorGroup(text: string, leadIn: string | null): IndicatorGroup {
  const own = groupKeywords.find(({ pattern }) => pattern.test(foldVietnamese(text)));
  if (own) return own.group;
  if (leadIn) {
    const hinted = groupKeywords.find(({ pattern }) => pattern.test(foldVietnamese(leadIn)));
    if (hinted) return hinted.group;
    if (/kinh te/.test(foldVietnamese(leadIn))) return 'kinh_te';
  }
  return 'khac';
}
