import type { Profile } from '../types';
import { ENGINE_ANALYZERS } from './analyzers';
import { findCredentials } from './credentials';
import { analyzeProfileFields } from './fields';

function credentials(source: Profile['sources'][number]): string[] {
  const fields = analyzeProfileFields({ sources: [source] }, ENGINE_ANALYZERS);
  return findCredentials(fields).map((mention) => `${mention.kind}:${mention.field.text.original.slice(mention.start, mention.end)}`);
}

describe('credentials', () => {
  it('finds certifications, licences, test scores and degrees in an English headline', () => {
    expect(credentials({ platform: 'linkedin', headline: 'Cloud engineer | AWS SAA | CCNA | CISSP | TOEFL iBT 104' })).toEqual([
      'certification:AWS SAA',
      'certification:CCNA',
      'certification:CISSP',
      'testScore:TOEFL iBT',
    ]);
  });

  it('finds Indonesian academic titles and licences written the Indonesian way', () => {
    const found = credentials({ platform: 'linkedin', displayName: 'Rudi Hartono, S.Kom., M.M.', about: 'Perawat dengan STR aktif dan Brevet B. Lulus S.Ak. tahun lalu.' });
    expect(found).toEqual(expect.arrayContaining(['degree:S.Kom', 'degree:M.M', 'licence:STR', 'certification:Brevet B', 'degree:S.Ak']));
  });

  it('leaves plain words that look like credentials alone', () => {
    expect(credentials({ platform: 'x', about: 'sip, nanti str-nya aku kirim. my fellow engineers and anggota tim lain sudah siap.' })).toEqual([]);
  });

  it('counts a capitalised membership or fellowship', () => {
    expect(credentials({ platform: 'linkedin', about: 'Fellow of the Data Journalism Program 2024. Anggota IAI.' })).toEqual(
      expect.arrayContaining(['membership:Fellow', 'membership:Anggota']),
    );
  });
});
