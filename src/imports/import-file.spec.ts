import { declareSize, markEncrypted, pdfOf, renameEntry, ytd, zipOf } from './testing/builders';
import { linkedinExportEntries, xArchiveEntries } from './testing/fixtures';
import { importFile } from './import-file';
import type { ImportLimits } from './types';

const LIMITS: ImportLimits = { maxFileBytes: 5 << 20, maxExtractedBytes: 1 << 20, maxEntries: 100, maxPdfPages: 30 };

async function attempt(name: string, bytes: Buffer, options = {}, limits = LIMITS) {
  return importFile({ name, bytes }, options, limits);
}

function refused(kind: string, message: string | RegExp, field = 'file') {
  return expect.objectContaining({ name: 'ImportError', kind, field, message: expect.stringMatching(message) });
}

describe('importFile: what a file is', () => {
  it('tells the platform from the archive, whatever the file is called', async () => {
    const result = await attempt('download (1).zip', await zipOf(xArchiveEntries()));
    expect(result).toMatchObject({ format: 'x-archive', platform: 'x' });
    expect((await attempt('export', await zipOf(linkedinExportEntries()))).format).toBe('linkedin-export');
  });

  it('refuses a file that is not what its name says (415)', async () => {
    const zip = await zipOf(xArchiveEntries());
    await expect(attempt('Profile.pdf', zip)).rejects.toEqual(refused('unsupported_type', /Profile.pdf is not what its name says: it is named like a PDF but is a ZIP archive/));
    await expect(attempt('twitter.zip', Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).rejects.toEqual(refused('unsupported_type', /named like a ZIP archive but is a PDF/));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(attempt('linkedin.zip', png)).rejects.toEqual(refused('unsupported_type', /but is neither a ZIP archive, a PDF nor a JSON file/));
    await expect(attempt('notes.txt', Buffer.from('hello'))).rejects.toEqual(refused('unsupported_type', /Citra imports the platforms' downloads/));
  });

  it('refuses an empty file and one over the upload limit', async () => {
    await expect(attempt('x.zip', Buffer.alloc(0))).rejects.toEqual(refused('unprocessable', /x.zip is empty/));
    await expect(attempt('big.zip', Buffer.alloc(6 << 20))).rejects.toEqual(refused('too_large', /big.zip is 6 MB; an import takes files of at most 5 MB/));
  });

  it('refuses an archive of another platform than the one named, on the platform field', async () => {
    await expect(attempt('li.zip', await zipOf(linkedinExportEntries()), { platform: 'x' })).rejects.toEqual(refused('unprocessable', /li.zip is a LinkedIn export, not an X one/, 'platform'));
    await expect(attempt('p.pdf', await pdfOf([]), { platform: 'tiktok' })).rejects.toEqual(refused('unprocessable', /p.pdf is a PDF, which only LinkedIn exports are; it is not a TikTok export/, 'platform'));
  });

  it('says what to do with an unknown archive, an HTML-format download and archives in an archive', async () => {
    await expect(attempt('photos.zip', await zipOf({ 'IMG_0001.jpg': Buffer.from([0xff, 0xd8]) }))).rejects.toEqual(refused('unprocessable', /not an export Citra reads/));
    const html = await zipOf({ 'personal_information/personal_information/personal_information.html': '<html></html>' });
    await expect(attempt('instagram.zip', html)).rejects.toEqual(refused('unprocessable', /choose JSON/));
    const nested = await zipOf({ 'twitter-2026-01-15.zip': await zipOf(xArchiveEntries()) });
    await expect(attempt('both.zip', nested)).rejects.toEqual(refused('unprocessable', /holds another archive \(twitter-2026-01-15.zip\). Archives inside archives are not opened/));
  });
});

describe('importFile: hostile archives get a clear 4xx', () => {
  it('zip bomb: stops at the cap on uncompressed bytes, before reading', async () => {
    const bomb = await zipOf({ 'data/account.js': ytd('account', [{ account: { username: 'x' } }]), 'data/tweets.js': Buffer.alloc(4 << 20, 0x20) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(attempt('bomb.zip', bomb)).rejects.toEqual(refused('too_large', /hold more than 1 MB uncompressed/));
  });

  it('zip bomb with a lying header: stops when the data outgrows the declared size', async () => {
    const liar = declareSize(await zipOf({ 'data/tweets.js': Buffer.alloc(4 << 20, 0x20) }), 'data/tweets.js', 1000);
    await expect(attempt('liar.zip', liar)).rejects.toEqual(refused('unprocessable', /data\/tweets.js in liar.zip (holds more data than its header says|is damaged)/));
  });

  it('too many entries', async () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`data/tweets_media/${index}.jpg`, 'x']));
    await expect(attempt('many.zip', await zipOf({ ...many, 'data/account.js': ytd('account', []) }))).rejects.toEqual(refused('too_large', /lists 102 files; an import reads archives of at most 100/));
  });

  it('path traversal and absolute names', async () => {
    const traversal = renameEntry(await zipOf({ ...xArchiveEntries(), 'xx/evil.js': 'x' }), 'xx/evil.js', '../evil.js');
    await expect(attempt('t.zip', traversal)).rejects.toEqual(refused('unprocessable', /has a file with an unsafe name \(invalid relative path: \.\.\/evil.js\)/));
    const absolute = renameEntry(await zipOf({ ...xArchiveEntries(), 'xetc/passwd': 'x' }), 'xetc/passwd', '/etc/passwd');
    await expect(attempt('a.zip', absolute)).rejects.toEqual(refused('unprocessable', /unsafe name \(absolute path: \/etc\/passwd\)/));
  });

  it('an entry listed twice', async () => {
    const twice = renameEntry(await zipOf({ ...xArchiveEntries(), 'data/account.jx': ytd('account', [{ account: { username: 'impostor' } }]) }), 'data/account.jx', 'data/account.js');
    await expect(attempt('twice.zip', twice)).rejects.toEqual(refused('unprocessable', /lists data\/account.js twice/));
  });

  it('an encrypted entry', async () => {
    const locked = markEncrypted(await zipOf(xArchiveEntries()), 'data/tweets.js');
    await expect(attempt('locked.zip', locked)).rejects.toEqual(refused('unprocessable', /data\/tweets.js in locked.zip is encrypted/));
  });

  it('malformed, over-deep and non-UTF-8 JSON', async () => {
    const withTweets = async (tweets: string | Buffer) => zipOf({ ...xArchiveEntries(), 'data/tweets.js': tweets });
    await expect(attempt('m.zip', await withTweets('window.YTD.tweets.part0 = [ { "tweet" : { "full_text" : "a" } ,, ]'))).rejects.toEqual(refused('unprocessable', /data\/tweets.js is not valid JSON/));
    await expect(attempt('d.zip', await withTweets(`window.YTD.tweets.part0 = ${'['.repeat(100)}${']'.repeat(100)}`))).rejects.toEqual(refused('unprocessable', /nested deeper than any export/));
    const latin1 = Buffer.concat([Buffer.from('window.YTD.tweets.part0 = [{"tweet":{"full_text":"caf'), Buffer.from([0xe9]), Buffer.from('"}}]')]);
    await expect(attempt('e.zip', await withTweets(latin1))).rejects.toEqual(refused('unprocessable', /data\/tweets.js is not UTF-8 text/));
    await expect(attempt('j.zip', await withTweets('alert(1); [1]'))).rejects.toEqual(refused('unprocessable', /does not look like a file of an X archive/));
  });

  it('a TikTok JSON file that is not JSON at all', async () => {
    await expect(attempt('user_data_tiktok.json', Buffer.from('{"Profile": {"Profile Information": '))).rejects.toEqual(refused('unprocessable', /user_data_tiktok.json is not valid JSON/));
  });
});
