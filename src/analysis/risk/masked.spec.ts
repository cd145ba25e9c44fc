import { analyzeText } from '../text/analyze';
import { detectRisks } from './index';

function flags(text: string): string[] {
  return detectRisks(analyzeText(text, { source: 0, field: 'about' }), { platform: 'instagram' })
    .map((found) => `${found.category}:${found.severity}`)
    .sort();
}

/** Texts with words a detector reads as context ("bonus", "join", "win", "setia", "resmi"). */
const BASES = [
  // A product name in capitals with a number reads like a gambling site beside a context word ("member").
  'Tools I use daily: AutoCAD, ETABS2019, Revit and Excel.',
  'Menguasai SPSS26, Excel, dan Power BI untuk analisis data.',
  'Slot webinar gratis minggu ini masih ada, daftar lewat link di bio.',
  'We run a weekly poker night for the office, no money involved.',
  'Jackpot buat tim kami: klien baru tanda tangan kontrak tahunan.',
  'Join our team: we win clients with honest work, and the yearly bonus is real.',
  'Bonus akhir tahun cair, rezeki keluarga. Terima kasih tim!',
  'Resmi gabung sebagai staf keuangan, semoga lancar.',
];

/** Self-descriptions holding such words themselves ("member", "setia", "resmi", "win"). */
const SELF_DESCRIPTIONS = [
  'I am a lifelong member of the Green Party and I vote for the Labour Party.',
  'Proud father of three and a member of the Liberal Party.',
  'I am a proud Labour Party member.',
  'I vote for the Green Party and I attend church.',
  'Saya member setia partai hijau dan resmi anggota Partai Buruh.',
  'Saya rutin beribadah di masjid, dan saya penyandang disabilitas.',
];

describe('detectRisks: a self-description is never evidence or context of a risk', () => {
  it.each(SELF_DESCRIPTIONS)('"%s" alone raises nothing', (sentence) => {
    expect(flags(sentence)).toEqual([]);
  });

  it.each(BASES.flatMap((base) => SELF_DESCRIPTIONS.map((sentence) => [base, sentence])))('"%s" + "%s"', (base, sentence) => {
    expect(flags(`${base} ${sentence}`)).toEqual(flags(base));
    expect(flags(`${sentence} ${base}`)).toEqual(flags(base));
  });
});
