import { foldForMatch } from './normalize';

const awardForm =
  /giay khen|bang khen|co thi dua|thu khen|ky niem chuong|huan chuong|huy chuong|danh hieu thi dua|chien si thi dua|lao dong tien tien|tap the lao dong/;
const awardAction = /(?:^|\s)(?:tang|de nghi|xet|duoc khen|khen thuong|binh chon|suy ton|cong nhan)(?=\s|$)/;
// The result an award is given for: "đạt …", "hoàn thành …", "có … trở lên", "nếu …".
const condition = /(?:^|\s)(?:dat|hoan thanh|co tu|tu \d|tro len|neu|khi|dan dau|xuat sac|vuot)(?=\s|$)/;
const shareOfTargets =
  /(?:toi thieu|it nhat|tu)\s+\d+(?:,\d+)?\s*%\s*(?:tro len\s+)?(?:cac\s+|so\s+|tong so\s+)?(?:chi tieu|nhiem vu)(?:\s+(?:duoc giao|thi dua|de ra|ke hoach))/;

/**
 * True for a condition of commendation: an award given for a result ("tập thể hoàn thành 100% chỉ tiêu được đề
 * nghị tặng Giấy khen") or a share of targets to reach ("đạt tối thiểu 50% chỉ tiêu được giao"). A target that
 * mentions a title ("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa đạt 90 - 95%") is not one.
 * @example isCommendationCondition('Tập thể hoàn thành 100% chỉ tiêu được đề nghị tặng Giấy khen') === true
 */
export function isCommendationCondition(text: string): boolean {
  // Most sentences name no award and no share of targets: a cheap look first.
  if (!/khen|cờ thi đua|danh hiệu|chương|chiến sĩ|tiên tiến|chỉ tiêu|nhiệm vụ/iu.test(text)) return false;
  const folded = foldForMatch(text.slice(0, 2000));
  if (shareOfTargets.test(folded)) return true;
  return (
    awardForm.test(folded) && awardAction.test(folded) && condition.test(folded) && !/^(?:ty le|ti le)\s/.test(folded)
  );
}
