import { analyzeProfile } from '../profile/analyze';
import { ENGINE_ANALYZERS } from '../profile/analyzers';
import type { TextAnalyzers } from '../profile/fields';
import { analysedOnce } from './analysed-once';
import { messagesFor } from './messages';
import { safeExamples } from './suggestion-guards';

function counting(): { analyzers: TextAnalyzers; calls: string[] } {
  const calls: string[] = [];
  const analyzers: TextAnalyzers = {
    ...ENGINE_ANALYZERS,
    analyzeText: (original, ref) => {
      calls.push(original);
      return ENGINE_ANALYZERS.analyzeText(original, ref);
    },
  };
  return { analyzers, calls };
}

const analysis = analyzeProfile({ sources: [{ platform: 'linkedin', headline: 'Data Analyst' }] }, ENGINE_ANALYZERS, {}, messagesFor);

describe('analysedOnce', () => {
  it('analyses a text given twice once, and answers with the caller’s ref', () => {
    const { analyzers, calls } = counting();
    const once = analysedOnce(analyzers);
    const first = once.analyzeText('Data Analyst | SQL & Python', { source: 0, field: 'headline' });
    const second = once.analyzeText('Data Analyst | SQL & Python', { source: -1, field: 'examples' });
    expect(calls).toEqual(['Data Analyst | SQL & Python']);
    expect(second.ref).toEqual({ source: -1, field: 'examples' });
    expect(second.tokens).toBe(first.tokens);
    expect({ ...second, ref: first.ref }).toEqual(ENGINE_ANALYZERS.analyzeText('Data Analyst | SQL & Python', first.ref));
    once.analyzeText('Data Analyst | SQL', { source: 0, field: 'headline' });
    expect(calls).toHaveLength(2);
  });

  // The example check reads the risks of an example analysed before (a headline rewrite) again: a risky one is still dropped.
  it.each([
    ['Indonesian', 'Admin Toko | goblok banget lu semua', 'Admin Toko | Excel & Canva'],
    ['Indonesian personal data', 'Admin Toko | WA 0812-5566-7788', 'Admin Toko | Excel & Canva'],
    ['English', 'Data Analyst | you stupid idiots', 'Data Analyst | SQL & Python'],
    ['English personal data', 'Data Analyst | call me at 0812-5566-7788', 'Data Analyst | SQL & Python'],
  ])('still drops a risky example analysed before (%s)', (_language, risky, clean) => {
    for (const example of [risky, clean]) {
      const { analyzers, calls } = counting();
      const once = analysedOnce(analyzers);
      once.analyzeText(example, { source: 0, field: 'headline' });
      const kept = safeExamples([example], analysis, [], once);
      expect(calls).toHaveLength(1);
      expect(kept).toEqual([example === risky ? undefined : example]);
    }
  });
});
