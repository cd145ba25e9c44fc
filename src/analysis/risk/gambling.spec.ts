import { analyzeText } from '../text/analyze';
import { brandStrength } from './gambling';
import { buildUnits } from './units';
import { detectRisks } from './index';

function strengthOf(word: string): string {
  const units = buildUnits(analyzeText(word, { source: 0, field: 'about' }));
  expect(units).toHaveLength(1);
  return brandStrength(units[0]);
}

describe('brandStrength', () => {
  it.each([
    ['𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗', 'strong'],
    ['AЕR𝐎𝟴𝟴', 'strong'],
    ['KINGASIA77', 'strong'],
    ['loyalbet88', 'strong'],
    ['𝐌𝐎𝐍𝐀𝟒𝐃', 'strong'],
    ['K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲', 'strong'],
    ['B U K I T 8 8 8', 'strong'],
    ['ALEXIS⭐77', 'strong'],
    ['🌟RINTIS55🌟', 'strong'],
    ['𝐒𝐄𝐋𝐀𝐓𝐀𝐍𝟗', 'strong'],
    ['*SAMUDRAJAYA*', 'strong'],
    ['S E L A T 9 9', 'strong'],
    ['🚀LAUNCH2024🚀', 'weak'],
    ['Bowo88', 'weak'],
    ['CITRA10', 'weak'],
    ['agustoto', 'weak'],
    ['python3', 'none'],
    ['covid19', 'none'],
    ['kapan2', 'none'],
    ['2024', 'none'],
    ['engineering', 'none'],
  ])('%s is %s', (word, strength) => {
    expect(strengthOf(word)).toBe(strength);
  });
});

describe('split site numbers', () => {
  function norms(text: string): string[] {
    return buildUnits(analyzeText(text, { source: 0, field: 'about' })).map((unit) => unit.norm);
  }

  it.each([
    ['ayo ke TIMUR 6 6 sekarang', 'timur66'],
    ['ayo ke Ra Ma Sembilan Sembilan sekarang', 'rama99'],
    ['ayo ke 𝗦𝗜𝗥𝗜𝗨𝗦 𝗟𝗜𝗠𝗔 𝗟𝗜𝗠𝗔 sekarang', 'sirius55'],
    ['ayo ke SAMUDRA 99 sekarang', 'samudra99'],
    ['ayo ke Na Ga Ja Ya sekarang', 'nagajaya'],
    ['ayo ke Sul tan Ve gas sekarang', 'sultanvegas'],
  ])('%s joins the site name %s', (text, name) => {
    expect(norms(text)).toContain(name);
  });

  it('leaves counted days and scores alone', () => {
    expect(norms('kami pulang dua tiga hari lagi')).toEqual(norms('kami pulang dua tiga hari lagi').filter((norm) => !/\d/.test(norm)));
    expect(norms('skor akhir 2 1 untuk tim kami')).toContain('skor');
    expect(norms('nanti aja ya kak')).toEqual(['nanti', 'saja', 'ya', 'kak']);
    expect(norms('lulus TOEFL 550 tahun lalu')).not.toContain('toefl550');
  });
});

describe('misspelt gambling words', () => {
  it('reads "jekpot" with winnings as promotion', () => {
    const text = analyzeText('alhamdulillah jekpot 3 juta di situs itu', { source: 0, field: 'posts[0]' });
    expect(detectRisks(text, { platform: 'other' }).some((hit) => hit.category === 'gambling')).toBe(true);
  });
});
