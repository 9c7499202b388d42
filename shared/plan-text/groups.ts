import type { IndicatorGroup } from '../domain/target-form';
import { foldForMatch } from './normalize';

// Keywords are folded (no tones) so "văn hoá" and "văn hóa", "thuỷ" and "thủy" match alike. Security and Party come
// first: "trường đạt chuẩn an ninh trật tự" is about security, not schools.
const groupKeywords: { group: IndicatorGroup; pattern: RegExp }[] = [
  {
    group: 'quoc_phong_an_ninh',
    pattern:
      /an ninh|trat tu|quoc phong|tuyen quan|giao quan|nhap ngu|dan quan|quan su|ma tuy|te nan|toi pham|on dinh chinh tri|an toan giao thong|tai nan giao thong|chay no|phong chay/,
  },
  {
    group: 'xay_dung_dang_chinh_quyen',
    pattern:
      /dang vien|to chuc co so dang|chi bo|xay dung dang|cai cach hanh chinh|dich vu cong|chinh quyen|ho so truc tuyen|thu tuc hanh chinh|can bo, cong chuc|chuyen doi so/,
  },
  {
    group: 'van_hoa_xa_hoi',
    pattern:
      /van hoa|ho ngheo|can ngheo|tai ngheo|viec lam|lao dong|day nghe|dao tao nghe|tre em|suy dinh duong|tiem chung|bao hiem|bhyt|bhxh|\by te\b|\bbenh\b|bac si|giuong benh|hoc sinh|giao vien|giao duc|chuan quoc gia|nha truong|truong hoc|nha tre|mau giao|tieu hoc|thcs|thpt|len lop|tot nghiep|dan so|sinh con|internet|the thao|nuoc sach|ve sinh|an sinh|nguoi co cong/,
  },
  {
    group: 'kinh_te',
    pattern:
      /san luong|\blua\b|luong thuc|dien tich|chan nuoi|gia suc|gia cam|thuy san|cong nghiep|gia tri san xuat|ngan sach|nong thon moi|\bduong\b|giao thong|thuong mai|dich vu|doanh nghiep|dau tu|thu nhap|tang truong|nong nghiep|trong trot|\bcay\b|\brung\b|che phu|xay dung|ocop|du lich|xuat khau|kinh te|tong san pham|grdp/,
  },
];

/**
 * Proposes the group of an indicator from its own words.
 * @example groupFromWords('Tỷ lệ hộ nghèo') === 'van_hoa_xa_hoi'
 */
export function groupFromWords(text: string): IndicatorGroup | null {
  const folded = foldForMatch(text);
  return groupKeywords.find(({ pattern }) => pattern.test(folded))?.group ?? null;
}
