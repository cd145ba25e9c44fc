import { indonesianStems } from './stems';
import { indonesianPolarity } from './indonesian-lexicon';

describe('indonesianStems', () => {
  it('undoes common suffixes, prefixes and nasal assimilation', () => {
    expect(indonesianStems('menyiksa')).toContain('siksa');
    expect(indonesianStems('menulis')).toContain('tulis');
    expect(indonesianStems('memukul')).toContain('pukul');
    expect(indonesianStems('melelahkan')).toContain('lelah');
    expect(indonesianStems('dikecewakan')).toContain('kecewa');
    expect(indonesianStems('pelayanannya')).toContain('layanan');
  });

  it('splits reduplications and keeps the word itself first', () => {
    const stems = indonesianStems('marah-marah');
    expect(stems[0]).toBe('marah-marah');
    expect(stems).toContain('marah');
  });

  it('never strips a root below three letters and stays small on long input', () => {
    expect(indonesianStems('diam')).not.toContain('am');
    expect(indonesianStems('x'.repeat(5_000)).length).toBeLessThan(50);
  });
});

describe('indonesianPolarity', () => {
  it('reads standard, slang and affixed forms', () => {
    expect(indonesianPolarity('bagus')).toBe(1);
    expect(indonesianPolarity('kecewanya')).toBe(-1);
    expect(indonesianPolarity('menyebalkan')).toBe(-1);
    expect(indonesianPolarity('terima kasih')).toBe(1);
  });

  it('leaves neutral words alone, including ones whose stems could mislead', () => {
    for (const word of ['rapat', 'kantor', 'lulusan', 'presentasi', 'minggu']) expect(indonesianPolarity(word)).toBe(0);
  });
});
