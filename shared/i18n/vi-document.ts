/** The fixed wording of an administrative document (Nghị định 30/2020/NĐ-CP), shared by the preview and the reports. */
export const documentWords = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLine: (number: string, kind: string, code: string) => `Số: ${number || '…'}/${kind}-${code}`,
  recipients: 'Nơi nhận:',
  defaultRecipients: ['- Như trên;', '- Lưu: VT.'],
  blank: '…',
};
