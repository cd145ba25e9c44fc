import { analyzeText } from '../text/analyze';
import { detectRisks } from './index';

function insults(text: string): string[] {
  return detectRisks(analyzeText(text, { source: 0, field: 'about' }), { platform: 'instagram' })
    .filter((found) => found.category === 'insult')
    .map((found) => text.slice(found.start, found.end));
}

describe('detectRisks: an insult at a person named or described before a copula', () => {
  it.each([
    ['our charge nurse Diana is a useless idiot', 'idiot'],
    ['Honestly, Marcus is a lazy, worthless moron.', 'moron'],
    ['Our intern Rina was such a pathetic loser', 'loser'],
    ['The head of finance, Gregor, is a complete imbecile', 'imbecile'],
    ['The new dokter is a total idiot', 'idiot'],
  ])('English: "%s"', (text, insult) => {
    expect(insults(text)).toEqual([insult]);
  });

  it.each([
    ['si Budi emang goblok', 'goblok'],
    ['manajer gue bego banget', 'bego'],
    ['Pak Joko itu tolol, tiap rapat ngaco', 'tolol'],
    ['Perawat baru Sari memang bodoh sekali', 'bodoh'],
    ['Ketua tim kami adalah pecundang', 'pecundang'],
  ])('Indonesian: "%s"', (text, insult) => {
    expect(insults(text)).toEqual([insult]);
  });

  it.each([
    'Diana is not an idiot, she is the best nurse I know',
    'Kevin is a genius, never a moron',
    'Jira is a useless tool for small teams',
    'This is a stupid idea, I know, but hear me out',
    'Today was a stupid day at the airport',
    'Budi bukan pecundang',
  ])('leaves "%s" without an insult', (text) => {
    expect(insults(text)).toEqual([]);
  });
});
