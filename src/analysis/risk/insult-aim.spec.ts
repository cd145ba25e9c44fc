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

describe('detectRisks: an insult at a person described by a role word and the words that say which one', () => {
  it.each([
    ['The night perawat on ward four is an utter idiot', 'idiot'],
    ['That barista at the airport kiosk was a complete moron', 'moron'],
    ['The courier who lost my parcel is such a loser', 'loser'],
    ['Our accountant from the Medan branch is a total imbecile', 'imbecile'],
    ['Engineer baru di tim sebelah itu goblok banget', 'goblok'],
    ['Sopir yang antar paket kemarin memang tolol', 'tolol'],
    ['Pharmacist lama di apotek itu bego', 'bego'],
  ])('"%s"', (text, insult) => {
    expect(insults(text)).toEqual([insult]);
  });

  it.each([
    'The report our engineer wrote is a bit dumb',
    'Kemarin atasan bilang rencana itu bodoh',
  ])('leaves "%s" without an insult at a person (the role word sits in a clause of its own)', (text) => {
    expect(insults(text)).toEqual([]);
  });
});

describe('detectRisks: negation, read once by the reading layer', () => {
  it.each([
    'My manager is not an idiot, just overloaded',
    "Honestly the new intern isn't stupid at all",
    'I never once called the cashier a moron',
    'Nobody here thinks our lead is a loser',
    'Rekan kerja saya bukan orang bodoh',
    'Atasan saya tidak goblok, cuma sibuk',
    'Gue gak pernah bilang kasir itu tolol',
    'Jangan sebut dosen kamu bego',
  ])('leaves "%s" without an insult', (text) => {
    expect(insults(text)).toEqual([]);
  });

  it.each([
    ['He is not just late, he is an idiot', 'idiot'],
    ['Bos gue bukan cuma telat, dia juga goblok', 'goblok'],
    ['Not my fault, you are an idiot', 'idiot'],
    ['Bukan salahku, dasar kamu bodoh', 'bodoh'],
  ])('still reads "%s" as an insult: the negation is additive or ends at the clause', (text, insult) => {
    expect(insults(text)).toEqual([insult]);
  });
});

describe('detectRisks: the insult aims at the head of its subject, a thing or a person', () => {
  function insultsAndProfanity(text: string): string[] {
    return detectRisks(analyzeText(text, { source: 0, field: 'about' }), { platform: 'instagram' })
      .filter((found) => found.category === 'insult' || (found.category === 'profanity' && found.severity !== 'info'))
      .map((found) => `${found.category}:${text.slice(found.start, found.end)}`);
  }

  it.each([
    'The code my manager wrote is stupid',
    'The plan our director proposed is dumb',
    'The script you wrote yesterday is stupid',
    'Laporan yang dibuat bos gue bodoh banget',
    'Laporan bos gue bodoh banget',
    'Rencana yang diusulkan manajer itu tolol',
    'Desain buatan klien kemarin jelek banget',
  ])('criticism of work is no insult of a person: "%s"', (text) => {
    expect(insultsAndProfanity(text)).toEqual([]);
  });

  it.each([
    ['Dokter jaga malam itu bego', 'insult:bego'],
    ['Kasir minimarket tadi goblok', 'insult:goblok'],
    ['Satpam depan kantor tadi tolol banget', 'insult:tolol'],
    ['Si kurir paket kemarin bodoh', 'insult:bodoh'],
    ['That intern on the night shift is an idiot', 'insult:idiot'],
    ['The night shift intern is a complete moron', 'insult:moron'],
  ])('a role word heading the subject makes "%s" an insult of a person', (text, found) => {
    expect(insultsAndProfanity(text)).toEqual([found]);
  });

  it.each([
    'Dokter bilang rencana itu bodoh',
    'Kasir minta maaf karena sistem kasirnya lemot',
    'Perawat jaga malam itu sudah kerja keras',
  ])('a reporting verb, a thing noun or no insult leaves "%s" clean', (text) => {
    expect(insultsAndProfanity(text)).toEqual([]);
  });

  it.each([
    'Your code is stupid',
    'Honestly your stupid idea will never ship',
    'ur report is dumb',
    'Jujur, your presentation was so dumb',
  ])('a thing "your" owns is what the insult is said of: "%s"', (text) => {
    expect(insultsAndProfanity(text)).toEqual([]);
  });

  it.each([
    ['You are stupid', 'insult:stupid'],
    ['You and your stupid code', 'insult:stupid'],
    ['Your manager is an idiot', 'insult:idiot'],
    ['Your face is ugly', 'insult:ugly'],
  ])('"your" before a person or no thing still aims "%s" at a person', (text, found) => {
    expect(insultsAndProfanity(text)).toEqual([found]);
  });

  it.each([
    'Orang bilang tikus sawah itu hama',
    'Kata orang tua saya, tikus itu pintar',
    'My manager said the old process was stupid',
  ])('the person who speaks is not whom "%s" is said of', (text) => {
    expect(insultsAndProfanity(text)).toEqual([]);
  });

  it.each([
    ['Bos bilang kamu goblok', 'insult:goblok'],
    ['Manajer gue goblok', 'insult:goblok'],
  ])('a person spoken of still makes "%s" an insult', (text, found) => {
    expect(insultsAndProfanity(text)).toEqual([found]);
  });
});
