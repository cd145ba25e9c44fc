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
    ['MAWAR21', 'shaped'],
    ['Kenanga43', 'handle'],
    ['RINJANI512', 'shaped'],
    ['COVID19', 'none'],
    ['Windows11', 'none'],
    ['Angkatan23', 'none'],
    ['Dimas03', 'none'],
    ['Rina92', 'none'],
    ['HEMAT20', 'weak'],
    ['FIFA23', 'none'],
    ['QWE08', 'none'],
    ['KENANGA-TUJUHTUJUH', 'strong'],
    ['melatidelapandelapan', 'strong'],
    ['𝙈𝙀,𝙇,𝘼,8,8', 'strong'],
    ['seduadua', 'none'],
    ['kesembilan', 'none'],
    ['kenanga43', 'handle'],
    ['the18th', 'none'],
    ['rina92', 'none'],
    ['agustoto', 'weak'],
    ['python3', 'none'],
    ['DevFest22', 'none'],
    ['PyCon23', 'none'],
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

function flagsGambling(text: string): boolean {
  return detectRisks(analyzeText(text, { source: 0, field: 'posts[0]' }), { platform: 'other' }).some((hit) => hit.category === 'gambling');
}

/** Mathematical bold capitals and digits (U+1D400, U+1D7CE) with their plane lost: Hangul syllables. */
function lostPlaneBold(word: string): string {
  let text = '';
  for (const char of word) {
    const bold = char >= '0' && char <= '9' ? 0x1d7ce + Number(char) : 0x1d400 + char.charCodeAt(0) - 0x41;
    text += String.fromCodePoint(bold - 0x10000);
  }
  return text;
}

describe('a name written like a handle', () => {
  it('is a site beside money, winning or play words', () => {
    expect(flagsGambling('Tiap malam main di kenanga43, saldo langsung nambah')).toBe(true);
  });

  it.each(['Kolaborasi seru bareng dimas47 di proyek desain kemarin.', 'Ngopi sore sama kenanga43 tadi, keren banget obrolannya.', 'Makasih @kenanga43 sudah main ke kantor!'])(
    'leaves "%s" alone',
    (text) => {
      expect(flagsGambling(text)).toBe(false);
    },
  );
});

describe('a capitalised name with a number', () => {
  it('is a site beside money, winning or play words, like a handle', () => {
    expect(flagsGambling('Tiap malam main di Kenanga43, saldo langsung nambah.')).toBe(true);
  });

  it.each([
    'Selamat ulang tahun Sinta21, semoga sukses selalu.',
    'Ngopi bareng Dimas47 bahas arsitektur microservice.',
    'Hari ini presentasi di depan klien bareng Andika17, lancar jaya.',
  ])('leaves the friend in "%s" alone', (text) => {
    expect(flagsGambling(text)).toBe(false);
  });
});

describe('a site named with a number and nothing else', () => {
  it.each([
    'Gabut banget malam ini, untung ada KENANGA43 yang nemenin.',
    'Kemarin nonton bareng, RINJANI41 emang paling ngerti selera anak muda.',
    'Tiap pulang kerja pasti buka CEMPAKA62 dulu biar santai.',
  ])('flags "%s"', (text) => {
    expect(flagsGambling(text)).toBe(true);
  });

  it.each([
    'Kami meluncurkan produk Lestari21 untuk pasar ekspor.',
    'Komunitas Kopi Senja12 rutin mengadakan cupping setiap Sabtu.',
    'Migrasi dari Angular12 ke Angular17 selesai tanpa downtime.',
    'Selama pandemi COVID19 saya menang lomba inovasi layanan publik.',
    'Pakai voucher GAJIAN43 biar dapat potongan ongkir.',
    'Follow my portfolio, Dimas03, for new illustrations.',
    'Loved the new episode from Mawar21 last night.',
    '@_rina43 makasih sudah datang ke workshop kemarin!',
  ])('leaves "%s" alone', (text) => {
    expect(flagsGambling(text)).toBe(false);
  });

  // Teams, cohorts, competitions and events carry numbers too; a profile names them all the time.
  it.each([
    'Tim Garuda17 juara lomba robotik tingkat provinsi!',
    'Alhamdulillah lolos final Nusantik17 bareng tim kampus.',
    'Bangga jadi bagian dari angkatan Cempaka21 di SMA dulu.',
    'Menang lomba di INOVASI17, alhamdulillah rezeki tim kami.',
    'Seru ikut DevFest22 kemarin, ketemu banyak teman baru.',
    'Join us at DevFest22 Bandung, link in bio!',
    'Our squad Rajawali43 shipped the flood-warning app in two days.',
    'Sampai jumpa di Kenanga43 Surabaya, daftar sekarang!',
  ])('leaves the team or event in "%s" alone', (text) => {
    expect(flagsGambling(text)).toBe(false);
  });

  it('still reads the name on its own, or after a place word, as a site', () => {
    expect(flagsGambling('Tiap pulang kerja pasti main di Kenanga43, pasti menang.')).toBe(true);
    expect(flagsGambling('Gabut banget, untung ada Kenanga43 yang nemenin.')).toBe(true);
  });

  it('lets a report about such a site stand on the right side', () => {
    expect(flagsGambling('Saya melaporkan akun yang mempromosikan KENANGA43 ke polisi siber.')).toBe(false);
  });
});

describe('a site-shaped name backed by an advert\'s hype', () => {
  it.each(['Gila sih, di Sentosa88 pelayanannya gokil!', 'Mantap banget Rajawali99, makin hari makin gacor.'])('flags "%s"', (text) => {
    expect(flagsGambling(text)).toBe(true);
  });

  it.each([
    'Thanks to the team at Studio88 for the amazing shoot!',
    'Juara 1 turnamen FIFA23 tingkat kampus bareng tim.',
    'Alumni SMAN12 Bandung, juara olimpiade fisika provinsi.',
    'Bekerja di Toko Sinar88 sebagai kasir, pelayanan terbaik.',
  ])('leaves "%s" alone', (text) => {
    expect(flagsGambling(text)).toBe(false);
  });
});

describe('a site name masked by emoji', () => {
  it('flags different emoji standing for letters, then the site number', () => {
    expect(flagsGambling('Gabut, mending buka ⭐☂⚓♠✈☘41 aja biar seru')).toBe(true);
    expect(flagsGambling('Penasaran sama ⭐☂⚓0️⃣41 yang lagi rame')).toBe(true);
  });

  it.each(['Selamat ulang tahun 🔥🔥🔥🔥17', 'Dirgahayu negeriku 🎉🎆🎈🥳79', 'Target Q3 tercapai ✅⭐🚀🎯50'])('leaves "%s" alone', (text) => {
    expect(flagsGambling(text)).toBe(false);
  });
});

describe('mathematical letters that lost their plane', () => {
  it('reads them as the disguised site name they were', () => {
    expect(flagsGambling(`Santai aja main di ${lostPlaneBold('KENANGA43')}, pasti seru.`)).toBe(true);
    expect(buildUnits(analyzeText(`Eh ${lostPlaneBold('SERUNI')} keren`, { source: 0, field: 'posts[0]' })).map((unit) => unit.norm)).toContain('seruni');
  });

  it('leaves Korean text as written', () => {
    const units = buildUnits(analyzeText('사랑해요 화이팅 파이팅', { source: 0, field: 'posts[0]' }));
    expect(units.map((unit) => unit.norm)).toEqual(['사랑해요', '화이팅', '파이팅']);
  });
});

describe('multi-word context entries count only as the whole phrase', () => {
  function gamblingSeverity(text: string): string | undefined {
    return detectRisks(analyzeText(text, { source: 0, field: 'posts[0]' }), { platform: 'other' }).find((found) => found.category === 'gambling')?.severity;
  }

  it.each([
    // "pengen", "hasil", "tempat", "top", "up" are words of phrases ("pengen cepat kaya", "top up"), not money words.
    'Pengen jalan-jalan ke pantai kayak Kenanga43 deh',
    'Hasil foto studio Melati47 rapi banget',
    'Tempat nongkrong favorit Sekar43 di Bandung',
    'Level up skill desain bareng Kenanga43 minggu ini',
  ])('"%s" is no promotion', (text) => {
    expect(gamblingSeverity(text)).toBeUndefined();
  });

  it.each([
    'Modal sedikit hasil maksimal, main di Kenanga43 sekarang',
    'Pengen cepat kaya? Kenanga43 jawabannya',
  ])('"%s" still promotes: the phrase is one signal', (text) => {
    expect(gamblingSeverity(text)).toBeDefined();
  });
});
