import { auditProfile } from '../index';
import type { Report } from '../types';

function audit(post: string): Report {
  return auditProfile({ sources: [{ platform: 'instagram', handle: 'toko.kue.lestari', posts: [{ text: post, postedAt: '2026-10-01' }] }] }, { referenceDate: '2026-11-01' });
}

function doxExcerpts(report: Report): string[] {
  return report.recruiterSummary.flags.filter((flag) => flag.category === 'personal_data').flatMap((flag) => flag.excerpts);
}

describe('recruiter view: the name of a doxxed person', () => {
  it.each([
    [
      'Indonesian, after a naming word and an honorific',
      'Awas pembeli penipu ini! Namanya Pak Darmawan Siregar, HP 0813-7788-2231, rumahnya Jl. Kenanga No. 7, Medan. Serbu aja rame-rame!',
      ['Darmawan', 'Siregar', '0813'],
    ],
    [
      'English, two capitalised words after "her name is"',
      'This is the woman who scammed me. Her name is Margaret Oyelaran and her number is 07700 900461, call her and tell her what you think!',
      ['Margaret', 'Oyelaran', '900461'],
    ],
    [
      'English, one surname after an honorific',
      'Spread this: Mrs Hartono never paid for her cake, her phone is 0812 5566 7788, text her until she pays!',
      ['Hartono', '5566'],
    ],
  ])('%s', (_case, post, hidden) => {
    const report = audit(post);
    const excerpts = doxExcerpts(report);
    expect(excerpts.length).toBeGreaterThan(0);
    const joined = excerpts.join(' | ');
    for (const word of hidden) expect(joined).not.toContain(word);
    expect(joined).toContain('[name]');
    // The writer's own report still shows the text they wrote.
    const own = report.flags.filter((flag) => flag.category === 'personal_data').flatMap((flag) => flag.evidence.map((evidence) => evidence.excerpt));
    expect(own.join(' ')).toContain(hidden[0]);
  });

  it('says an address was hidden where a whole address stood', () => {
    const joined = doxExcerpts(audit('Ini orangnya, namanya Bu Wulan Kartika, rumahnya Jl. Anggrek Raya No. 3, RT 02/RW 09, Kel. Sukamaju, Depok. Datangi aja!')).join(' ');
    expect(joined).toContain('[address]');
    expect(joined).not.toContain('Anggrek');
    expect(joined).not.toContain('Wulan');
  });

  it('keeps ordinary capitalised words of the excerpt readable', () => {
    const joined = doxExcerpts(audit('Awas pembeli penipu ini! Namanya Pak Darmawan Siregar, HP 0813-7788-2231. Serbu aja rame-rame!')).join(' ');
    expect(joined).toContain('Namanya Pak [name]');
  });
});

describe('recruiter view: a lone name beside someone\'s phone or address', () => {
  it.each([
    ['Indonesian, a first name set off by a comma', 'Hati-hati pembeli ini: Wiranto, HP 0813-5566-1122, suka batalin COD.', 'Wiranto'],
    ['English, a first name set off by a comma', 'Never sell to Thaddeus, his number is 07700 900555, he never pays.', 'Thaddeus'],
  ])('%s', (_case, post, name) => {
    const joined = doxExcerpts(audit(post)).join(' | ');
    expect(joined).not.toContain(name);
    expect(joined).toContain('[name]');
  });

  it('leaves a capitalised word that is not set off readable', () => {
    const joined = doxExcerpts(audit('Awas penipu ini, HP 0813-5566-1122, jangan dilayani.')).join(' | ');
    expect(joined).toContain('Awas');
  });
});
