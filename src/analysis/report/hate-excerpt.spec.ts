import { auditProfile } from '../index';
import type { Profile } from '../types';

function profileWith(about: string, post: string): Profile {
  return {
    sources: [
      {
        platform: 'facebook',
        displayName: 'Rina Wulandari',
        headline: 'Staf keuangan di perusahaan distribusi',
        about,
        posts: [{ text: post, postedAt: '2026-10-01' }],
      },
    ],
  };
}

describe('recruiter view of a hate flag', () => {
  it('names the group attacked, masks the slur, and never names the candidate own characteristics', () => {
    const report = auditProfile(
      profileWith('Saya seorang muslim dan ibu dua anak.', 'Semua kafir itu harus diusir dari kampung ini, dasar kadrun juga.'),
      { referenceDate: '2026-11-01' },
    );
    const hate = report.recruiterSummary.flags.find((flag) => flag.category === 'hate');
    expect(hate).toBeDefined();
    const excerpt = hate?.excerpts.join(' ') ?? '';
    expect(excerpt).toMatch(/k\*+r/);
    expect(excerpt).not.toMatch(/kafir|kadrun/i);
    const everything = JSON.stringify(report.recruiterSummary);
    expect(everything.toLowerCase()).not.toContain('muslim');
  });

  it('keeps the group name readable in an English hate excerpt', () => {
    const report = auditProfile(
      profileWith('Accountant in Surabaya.', 'All immigrants are vermin and should be thrown out.'),
      { referenceDate: '2026-11-01' },
    );
    const hate = report.recruiterSummary.flags.find((flag) => flag.category === 'hate');
    expect(hate?.excerpts.join(' ')).toContain('immigrants');
  });
});

describe('recruiter view of a slur under another flag', () => {
  it('masks the slur in the excerpt of a profanity flag raised in the same sentence', () => {
    const report = auditProfile(profileWith('Staf gudang.', 'Tetangga baru itu kafir laknat, brengsek semua.'), { referenceDate: '2026-11-01' });
    const excerpts = report.recruiterSummary.flags.flatMap((flag) => flag.excerpts).join(' | ');
    expect(excerpts).not.toMatch(/kafir/i);
    expect(excerpts).toMatch(/k\*+r/);
  });
});

describe('recruiter view of a hate flag: a label opened by a group marker', () => {
  it('shows the group a sentence attacks, masks only the slur', () => {
    const report = auditProfile(profileWith('Staf gudang.', 'Orang tionghoa di pasar itu, kafir laknat semua.'), { referenceDate: '2026-11-01' });
    const hate = report.recruiterSummary.flags.find((flag) => flag.category === 'hate');
    const excerpt = hate?.excerpts.join(' ') ?? '';
    expect(excerpt).toContain('Orang tionghoa');
    expect(excerpt).not.toContain('[redacted]');
    expect(excerpt).toMatch(/k\*+r/);
  });

  it('keeps the writer own label masked when the sentence speaks in the first person', () => {
    const report = auditProfile(profileWith('Staf gudang.', 'Saya orang sunda asli, bukan kafir laknat kayak mereka.'), { referenceDate: '2026-11-01' });
    const everything = JSON.stringify(report.recruiterSummary).toLowerCase();
    expect(everything).not.toContain('sunda');
  });
});
