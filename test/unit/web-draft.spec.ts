import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Profile } from '../../src/analysis/types';
import { SHARE_LIMITS } from '../../src/sharing/dto/sharing-inputs';
import { draftFieldOf, draftSourcesFrom, draftToProfile, emptyDraft, emptyPost, splitPastedPosts, validateDraft } from '../../src/web/audit-form/draft';
import * as limits from '../../src/web/report/limits';

const example = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../docs/examples', name), 'utf8')) as Profile;

describe('the new-audit draft', () => {
  it('turns a profile into cards and back without losing a field', () => {
    for (const name of ['strong-en.json', 'risky-id.json', 'inconsistent-mixed.json']) {
      const profile = example(name);
      const draft = { sources: draftSourcesFrom(profile.sources), targetRole: profile.targetRole ?? '', locale: profile.locale ?? '' } as const;
      expect(validateDraft(draft)).toEqual([]);
      const back = draftToProfile(draft);
      // Dates are edited as days; everything else comes back as it was.
      const dayOnly = (p: Profile) => JSON.parse(JSON.stringify(p, (key, value) => (key === 'postedAt' ? String(value).slice(0, 10) : value)));
      expect(back).toEqual(dayOnly({ ...profile, sources: profile.sources.map((source) => ({ ...source })) }));
    }
  });

  it('splits many pasted posts on blank lines or --- lines', () => {
    expect(splitPastedPosts('first post\nstill first\n\n\nsecond\r\n\r\nthird\n---\nfourth\n\n')).toEqual(['first post\nstill first', 'second', 'third', 'fourth']);
    expect(splitPastedPosts('  \n\n ')).toEqual([]);
  });

  it('finds what the API would refuse, with the API’s field paths', () => {
    const draft = emptyDraft();
    const source = draft.sources[0]!;
    source.handle = 'h'.repeat(201);
    source.url = 'not a url';
    source.posts = [emptyPost(''), { ...emptyPost('x'), postedAt: '2024-13-45', likes: '-1' }];
    source.metrics.avgLikes = 'many';
    draft.targetRole = 'r'.repeat(201);
    const fields = validateDraft(draft).map((error) => `${error.field} ${error.key}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'targetRole validation.tooLong',
        'sources[0].handle validation.tooLong',
        'sources[0].url validation.url',
        'sources[0].posts[1].postedAt validation.date',
        'sources[0].posts[1].likes validation.wholeNumber',
        'sources[0].metrics.avgLikes validation.number',
      ]),
    );
    expect(validateDraft({ ...emptyDraft(), sources: [] }).map((error) => error.key)).toEqual(['validation.noSources']);
    expect(validateDraft(emptyDraft()).map((error) => error.key)).toEqual(['validation.emptySource']);
  });

  it('maps a server error on a sent post back to the card’s post (empty posts are not sent)', () => {
    const draft = emptyDraft();
    draft.sources[0]!.posts = [emptyPost(''), emptyPost('a'), emptyPost(' '), emptyPost('b')];
    expect(draftFieldOf(draft, 'sources[0].posts[1].text')).toBe('sources[0].posts[3].text');
    expect(draftFieldOf(draft, 'sources[0].headline')).toBe('sources[0].headline');
  });

  it('mirrors the sharing API’s limits', () => {
    expect(limits.COMMENT_MAX_LENGTH).toBe(SHARE_LIMITS.commentLength);
    expect(limits.SHARE_MAX_DAYS).toBe(SHARE_LIMITS.maxDays);
    expect(limits.DEFAULT_LINK_DAYS).toBe(SHARE_LIMITS.defaultLinkDays);
    expect(limits.REQUEST_MESSAGE_MAX_LENGTH).toBe(SHARE_LIMITS.requestMessage);
    expect(limits.DEFAULT_REQUEST_DAYS).toBe(SHARE_LIMITS.defaultRequestDays);
  });
});
