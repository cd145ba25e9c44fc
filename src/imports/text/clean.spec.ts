import fc from 'fast-check';
import { textProblem, validateProfile } from '../../analysis/validate';
import { PLATFORMS, type Platform, PROFILE_LIMITS } from '../../analysis/types';
import { PostCollector } from '../posts';
import { buildSource } from '../result';
import { cleanText } from './clean';

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Text as a hostile or broken export holds it: any UTF-16 code units, controls and halves of emoji included. */
const anyText = fc.oneof(fc.string({ unit: anyCodeUnit, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));

describe('cleanText', () => {
  it('drops NUL and the other C0 controls, keeping tabs and line breaks', () => {
    expect(cleanText('Data\u0000 analyst\u0007\u001b[0m\u000b\u000c')).toBe('Data analyst[0m');
    expect(cleanText('line one\r\nline\ttwo\rthree')).toBe('line one\nline\ttwo\nthree');
    expect(cleanText('\u0000\u0001 \u001f')).toBeUndefined();
  });

  it('drops halves of surrogate pairs and keeps whole ones', () => {
    expect(cleanText('cut \ud83d emoji \ude00 and a whole one \u{1F600}')).toBe('cut  emoji  and a whole one \u{1F600}');
    expect(cleanText('\ude00\ud83d')).toBeUndefined();
    expect(cleanText('end \ud83d')).toBe('end');
    // A control between two halves is dropped with both: they were never one character.
    expect(cleanText('a\ud83d\u0000\ude00b')).toBe('ab');
  });

  it('leaves nothing POST /audits would refuse, whatever the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = cleanText(text);
        if (cleaned === undefined) return;
        expect(textProblem(cleaned)).toBeUndefined();
        expect(cleaned).not.toMatch(/[\u0000-\u0008\u000b-\u001f\r]/);
      }),
      { seed: 14, numRuns: 2_000 },
    );
  });

  it('a post at the length limit stays within it once the handles in it become @user', () => {
    const warnings: string[] = [];
    const collector = new PostCollector(warnings);
    collector.add({ text: '@ab '.repeat(PROFILE_LIMITS.textField / 4) });
    const source = buildSource({ platform: 'x', handle: 'sari' }, collector.finish().posts, warnings);
    expect(source.posts![0]!.text.length).toBeLessThanOrEqual(PROFILE_LIMITS.textField);
    expect(validateProfile({ sources: [source] }).ok).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/^A post was longer than/)]);
  });

  it('an imported source passes validateProfile, whatever its fields, posts, dates and counts held', () => {
    const anyCount = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(1e12, 1e12 + 1, 1e15, Number.MAX_SAFE_INTEGER));
    const anyDate = fc.oneof(anyText, fc.constantFrom('2026-03-02', '2026-03-02T10:15:00Z', '2026-13-45', 'yesterday'));
    // Texts at and past the length limit: mentions that grow into @user, emoji that must not be cut in half.
    const longText = fc.constantFrom('@ab '.repeat(5_000), `x${'@a '.repeat(6_666)}`, 'y'.repeat(20_001), '\u{1F600}'.repeat(10_001), ` ${'\u{1F600}'.repeat(10_000)}`);
    const draftPost = fc.record(
      { text: fc.oneof(anyText, longText), postedAt: anyDate, likes: anyCount, comments: anyCount, shares: anyCount },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PLATFORMS),
        fc.record({ handle: anyText, displayName: anyText, url: anyText, headline: fc.oneof(anyText, longText), about: fc.oneof(anyText, longText) }, { requiredKeys: [] }),
        fc.record({ followers: anyCount, following: anyCount }, { requiredKeys: [] }),
        fc.array(draftPost, { maxLength: 5 }),
        (platform: Platform, fields, metrics, posts) => {
          const warnings: string[] = [];
          const collector = new PostCollector(warnings);
          for (const post of posts) collector.add(post);
          const source = buildSource({ platform, ...fields, metrics }, collector.finish().posts, warnings);
          const result = validateProfile({ sources: [source] });
          expect(result.ok ? [] : result.errors).toEqual([]);
        },
      ),
      { seed: 14, numRuns: 1_000 },
    );
  });
});
