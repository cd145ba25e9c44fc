import hateLexicon from './lexicons/hate.json';
import { analyzeText } from '../text/analyze';
import { detectRisks } from './index';

function categories(text: string): string[] {
  const hits = detectRisks(analyzeText(text, { source: 0, field: 'posts[0]' }), { platform: 'x' });
  return [...new Set(hits.filter((found) => found.severity !== 'info').map((found) => `${found.category}:${found.severity}`))];
}

describe('detectRisks: dehumanising words said of a group are hate', () => {
  it.each([
    'Pendatang itu parasit semua, bikin kota makin sempit',
    'Orang Cina itu kecoa',
    'Orang Madura itu tikus semua',
    'Dasar kecoa cina',
    'Kaum pengungsi cuma benalu negara',
    'Those immigrants are vermin',
    'Refugees are cockroaches and nothing else',
    'Migrants are like leeches on our towns',
  ])('"%s"', (text) => {
    expect(categories(text)).toContain('hate:critical');
  });

  it.each([
    'Parasit tanaman menyerang padi di sawah kami',
    'Ada tikus got di gudang, besok panggil jasa pembasmi',
    'Kecoa di dapur kantor akhirnya hilang setelah fogging',
    'We called pest control about the rats in the warehouse',
    'Our lab studies parasites that infect cattle',
    'Petani Jawa memasang perangkap tikus di sawah',
    'Orang Madura bukan tikus',
  ])('an everyday or negated use raises no hate: "%s"', (text) => {
    expect(categories(text)).not.toContain('hate:critical');
  });
});

describe('detectRisks: a hostile word about a group is an attack only when it is said of the group', () => {
  it.each([
    'Immigrants are criminals',
    'Pengungsi itu penjahat semua',
    'Imigran itu maling, usir saja',
    'Usir semua pengungsi dari kota ini',
    'Dia nyebut orang Cina babi',
    // The group's name is not masked as a self-description when the clause attacks it.
    'Orang Tionghoa itu kecoa',
    'Orang Tionghoa itu penjahat semua',
  ])('"%s"', (text) => {
    expect(categories(text)).toContain('hate:critical');
  });

  it.each([
    // A denial defends the group.
    'Immigrants are not criminals, they are our neighbours',
    'Refugees are not parasites',
    'Pengungsi bukan penjahat, mereka korban perang',
    'Jangan usir pengungsi, mereka manusia juga',
    'I never said all muslims are terrorists',
    // The group is who speaks; what follows is not said of it.
    'Orang Jawa bilang tikus sawah itu hama padi',
    'Immigrants told us the landlord called them criminals',
  ])('"%s" raises no hate', (text) => {
    expect(categories(text)).not.toContain('hate:critical');
  });
});

describe('detectRisks: who speaks is not whom the sentence speaks of', () => {
  it.each([
    'Kata orang Jawa, tikus sawah itu hama padi',
    'Menurut orang Madura, kecoa itu hama gudang',
    'According to Javanese farmers, rats are the worst pest',
    'Orang Jawa bilang tikus sawah itu hama padi',
  ])('"%s" raises nothing above info', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    'Kata orang Jawa, orang Madura itu tikus',
    'Dia bilang orang Jawa itu tikus',
    'Immigrants are nothing but vermin',
    'Orang Jawa itu hama',
  ])('a group spoken of is still attacked: "%s"', (text) => {
    expect(categories(text)).toContain('hate:critical');
  });
});

describe('hate lexicon', () => {
  it('keeps dehumanising words out of the hostile list, so their everyday meaning near a group name raises nothing', () => {
    const { entries } = hateLexicon;
    expect(entries.hostile.filter((word) => entries.dehumanising.includes(word))).toEqual([]);
  });
});
