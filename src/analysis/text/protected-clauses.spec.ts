import { analyzeText } from './analyze';
import { analyzeClause, analyzeCuelessClause, rangeHasCue } from './protected';

const TEXTS = [
  'Proud. Bangga banget, proud and happy!',
  'I am proud of the team: we shipped 3 releases in 2023, and the proud moment was the launch',
  'Saya bangga dengan tim kami, kerja keras selama 12 bulan',
  'Data analyst | SQL, Python & Power BI | so proud, really proud',
  'Hate this traffic, stupid jam, but proud of my bike ride',
  'I am 45 and a proud mother of two, Muslim, Batak-Jawa',
  'Suka kopi; hobi lari pagi (5 km) — dan membaca',
  '#proud #bangga #data 2024 100% done!!!',
];

describe('analyzeCuelessClause: the fast path agrees with analyzeClause on clauses without a protected cue', () => {
  it.each(TEXTS)('every cue-free token range of %p', (text) => {
    const tokens = analyzeText(text, { source: 0, field: 'about' }).tokens;
    let checked = 0;
    for (let from = 0; from < tokens.length; from++) {
      for (let to = from + 1; to <= tokens.length; to++) {
        if (rangeHasCue(tokens, from, to)) break;
        expect(analyzeCuelessClause(tokens, from, to)).toEqual(analyzeClause(tokens, from, to));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('finds a lone pride word a companion, as analyzeClause does', () => {
    const tokens = analyzeText('proud', { source: 0, field: 'about' }).tokens;
    expect(rangeHasCue(tokens, 0, 1)).toBe(false);
    expect(analyzeClause(tokens, 0, 1).companion).toBe(true);
    expect(analyzeCuelessClause(tokens, 0, 1).companion).toBe(true);
  });
});
