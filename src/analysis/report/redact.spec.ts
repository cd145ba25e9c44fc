import { analyzeProfile } from '../profile/analyze';
import { ENGINE_ANALYZERS } from '../profile/analyzers';
import type { Profile } from '../types';
import { messagesFor } from './messages';
import { ExcerptLookups, redactedExcerpt, redactEmails, redactLongNumbers, REDACTED, scrub } from './redact';

describe('redaction', () => {
  it('removes phone, ID and account numbers however they are punctuated', () => {
    expect(redactLongNumbers('WA 0812-3456-7890 ya')).toBe(`WA ${REDACTED} ya`);
    expect(redactLongNumbers('NIK 3201123456780001.')).toBe(`NIK ${REDACTED}.`);
    expect(redactLongNumbers('+62 812 3456 7890')).toBe(REDACTED);
    expect(redactLongNumbers('cut stock-outs by 18% across 40 stores in 2025')).toBe('cut stock-outs by 18% across 40 stores in 2025');
    expect(redactLongNumbers('a+b 0812 3456 7890, then 12+34 and 08123456789')).toBe(`a+b ${REDACTED}, then 12+34 and ${REDACTED}`);
  });

  it('removes e-mail addresses but not mentions', () => {
    expect(redactEmails('mail rina.h@example.co.id now')).toBe(`mail ${REDACTED} now`);
    expect(redactEmails('ping @rina')).toBe('ping @rina');
    expect(scrub('call 081234567890 or a@b.io')).toBe(`call ${REDACTED} or ${REDACTED}`);
  });

  it('redacts personal data and protected spans inside evidence excerpts', () => {
    const profile: Profile = {
      sources: [
        {
          platform: 'instagram',
          about: 'Proud Muslim, mother of two. Alamat rumah: Jl. Melati No. 12, RT 03/RW 05, Bekasi. WA 0812-3456-7890',
        },
      ],
    };
    const analysis = analyzeProfile(profile, ENGINE_ANALYZERS, {}, messagesFor);
    const field = analysis.fields.find((item) => item.field === 'about');
    const personal = field?.risks.filter((hit) => hit.category === 'personal_data') ?? [];
    expect(personal.length).toBeGreaterThan(0);
    const text = field?.text.original ?? '';
    const whole = redactedExcerpt(new ExcerptLookups(analysis), { source: 0, field: 'about', start: 0, end: text.length, excerpt: text });
    expect(whole).not.toContain('0812');
    expect(whole).not.toContain('Melati');
    expect(whole).not.toContain('Muslim');
    expect(whole).toContain(REDACTED);
  });

  it('redacts the group named in a hateful post from the recruiter excerpt', () => {
    const analysis = analyzeProfile({ sources: [{ platform: 'x', posts: [{ text: 'I hate all Muslims, they are terrorists' }] }] }, ENGINE_ANALYZERS, {}, messagesFor);
    const text = analysis.fields[0].text.original;
    const excerpt = redactedExcerpt(new ExcerptLookups(analysis), { source: 0, field: 'posts[0]', start: 0, end: text.length, excerpt: text });
    expect(excerpt).toBe(`I hate all ${REDACTED}, they are terrorists`);
  });

  it('redacts a whole Indonesian address in the recruiter view, not only its first part', () => {
    const posts = [
      { text: 'Paket tolong kirim ke Jl. Melati Indah No. 27, RT 02/RW 05, Kel. Sukasari, Kec. Tanah Sareal, Kota Bogor 16161 ya. Terima kasih!' },
      { text: 'Rumah kakak saya di Perum Bumi Asri Blok F3 No. 11, Kel. Jatimulya, Kec. Tambun Selatan, Kab. Bekasi, Jawa Barat 17510.' },
      { text: 'Send it to 42 Orchard Lane, Springfield please.' },
    ];
    const profile: Profile = { sources: [{ platform: 'instagram', posts }] };
    const analysis = analyzeProfile(profile, ENGINE_ANALYZERS, {}, messagesFor);
    const lookups = new ExcerptLookups(analysis);
    const excerpt = (post: number) => {
      const text = posts[post].text;
      return redactedExcerpt(lookups, { source: 0, field: `posts[${post}]`, start: 0, end: text.length, excerpt: text });
    };
    expect(excerpt(0)).toBe(`Paket tolong kirim ke ${REDACTED} ya. Terima kasih!`);
    for (const part of ['Sukasari', 'Tanah Sareal', 'Bogor', '16161', 'RT 02']) expect(excerpt(0)).not.toContain(part);
    expect(excerpt(1)).toBe(`Rumah kakak saya di ${REDACTED}.`);
    expect(excerpt(2)).not.toContain('Orchard');
  });

  it('never shows a handle or a profile link in a recruiter excerpt', () => {
    const profile: Profile = { sources: [{ platform: 'instagram', handle: 'rina.cuan88', url: 'https://instagram.com/rina.cuan88', posts: [{ text: 'Halo' }] }] };
    const lookups = new ExcerptLookups(analyzeProfile(profile, ENGINE_ANALYZERS, {}, messagesFor));
    expect(redactedExcerpt(lookups, { source: 0, field: 'handle', start: 0, end: 11, excerpt: 'rina.cuan88' })).toBe(REDACTED);
    expect(redactedExcerpt(lookups, { source: 0, field: 'url', start: 0, end: 33, excerpt: 'https://instagram.com/rina.cuan88' })).toBe(REDACTED);
  });
});
