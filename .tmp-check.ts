import { checkNd30 } from './tests/support/nd30-conformance';
const [pdf] = process.argv.slice(2);
console.log(
  checkNd30(pdf!, {
    parts: ['portrait', 'landscape'],
    type: 'BÁO CÁO',
    subject: true,
    letterhead: true,
    authority: { kind: 'collective', name: 'ỦY BAN NHÂN DÂN' },
    signerName: 'Nguyễn Việt Phú',
    tokens: ['STT', 'Không đạt', 'Đánh giá'],
  }),
);
