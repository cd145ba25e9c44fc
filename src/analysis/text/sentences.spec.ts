import { analyzeText } from './analyze';

function sentences(text: string): string[] {
  return analyzeText(text, { source: 0, field: 'about' }).sentences.map((span) => text.slice(span.start, span.end));
}

describe('sentence splitting', () => {
  it('keeps decimal numbers with units whole (English)', () => {
    expect(sentences('Our library passed 4.8k downloads. Queries ran 2.5x faster after the index change.')).toEqual([
      'Our library passed 4.8k downloads.',
      'Queries ran 2.5x faster after the index change.',
    ]);
  });

  it('keeps degrees, titles and address parts whole (Indonesian)', () => {
    expect(sentences('Saya Rina Wulandari, S.Kom., lulusan 2025. Praktik bersama drg. Sari di Jl. Kenanga No. 7 Bandung. Omzet naik 1,5jt.')).toEqual([
      'Saya Rina Wulandari, S.Kom., lulusan 2025.',
      'Praktik bersama drg. Sari di Jl. Kenanga No. 7 Bandung.',
      'Omzet naik 1,5jt.',
    ]);
    expect(sentences('Konsultan pajak, S.E., M.M. berpengalaman. Dibimbing dr. Hartono.')).toEqual([
      'Konsultan pajak, S.E., M.M. berpengalaman.',
      'Dibimbing dr. Hartono.',
    ]);
  });

  it('ends a sentence after a degree when a new sentence starts, but not after an initial', () => {
    expect(sentences('Graduated as S.Ak. Now preparing for the CPA exam.')).toEqual(['Graduated as S.Ak.', 'Now preparing for the CPA exam.']);
    expect(sentences('Mentored by Budi S. Hartanto at the clinic.')).toHaveLength(1);
    expect(sentences('It grew 3. Then it shrank.')).toHaveLength(2);
  });
});
