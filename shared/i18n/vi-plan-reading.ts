/** What the plan reader says to the secretary: why a row needs checking, how it was read, what the plan lacks. */
export const planReadingMessages = {
  unsure: 'Chưa chắc đây là chỉ tiêu: đối chiếu với câu gốc, sửa hoặc bỏ nếu cần.',
  noTargets:
    'Không tìm thấy chỉ tiêu nào trong văn bản. Vẫn lưu được phần đầu kế hoạch, phong trào và tiêu chí khen thưởng; có thể thêm chỉ tiêu sau ở trang kế hoạch.',
  noNumericTargets:
    'Kế hoạch không có chỉ tiêu bằng số (thường là kế hoạch thi đua theo chuyên đề): chỉ có các chỉ tiêu định tính dưới đây.',
  noUnit: 'Không có đơn vị tính; cần xác nhận đơn vị.',
  dongTooSmall: (value: string) => `Đơn vị “đồng” không hợp với giá trị ${value}: có thể thiếu “triệu” hoặc “tỷ”.`,
  rateWithoutFigure: 'Chỉ tiêu nói về tỷ lệ nhưng không nêu con số cụ thể.',
  decreaseToOrBy: (amount: string, reading: string) =>
    `Không rõ “giảm … ${amount}%” là giảm xuống còn ${amount}% hay giảm ${amount} điểm phần trăm; tạm hiểu là ${reading}.`,
  decreaseTo: (amount: string) => `giảm xuống còn ${amount}%`,
  decreaseBy: (amount: string) => `giảm ${amount} điểm phần trăm`,
  rateChange: (verb: string, amount: string) =>
    `Hiểu là ${verb} ${amount} điểm phần trăm so với tỷ lệ kỳ gốc, không phải ${verb} ${amount}% của tỷ lệ đó.`,
  baselineLink: (name: string, year: number) =>
    `Gắn với chỉ số “${name}” của kế hoạch năm ${year} để có số liệu gốc: kiểm tra đúng chỉ số rồi đánh dấu đã kiểm tra.`,
  reason: {
    table: (header: string | null) => `đọc từ bảng, ${header === null ? 'cột tên chỉ tiêu' : `cột “${header}”`}`,
    underLeadIn: (quote: string) => `dưới dòng “${quote}”`,
    targetsSection: (quote: string) => `mục “${quote}”`,
    otherSection: (section: string) => `câu văn ở ${section}`,
    preamble: 'câu văn ở phần mở đầu',
    prose: 'câu văn',
    wording: (words: string, reference: string | null) => `: “${words} …${reference === null ? '' : ` ${reference}`}”`,
    sections: {
      targets: 'mục chỉ tiêu',
      content: 'mục nội dung',
      purpose: 'mục mục đích, yêu cầu',
      solutions: 'mục nhiệm vụ, giải pháp',
      organisation: 'mục tổ chức thực hiện',
      commendation: 'mục khen thưởng',
    },
  },
};
