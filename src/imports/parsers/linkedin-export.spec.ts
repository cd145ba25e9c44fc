import { validateProfile } from '../../analysis/validate';
import { csv, zipOf } from '../testing/builders';
import { linkedinExportEntries, PRIVATE } from '../testing/fixtures';
import { recordZipOpens } from '../../../test/imports/zip-opens';
import { ZipArchive } from '../archive/zip';
import { ImportError } from '../errors';
import { parseLinkedInExport } from './linkedin-export';

const LIMITS = { maxFileBytes: 50 << 20, maxExtractedBytes: 50 << 20, maxEntries: 1000, maxPdfPages: 30 };

async function importLinkedIn(entries = linkedinExportEntries(), prefix = '') {
  const archive = await ZipArchive.open({ name: 'Basic_LinkedInDataExport.zip', bytes: await zipOf(entries) }, LIMITS);
  try {
    return await parseLinkedInExport(archive, prefix);
  } finally {
    archive.close();
  }
}

describe('LinkedIn data export', () => {
  it('takes name, headline and summary; positions, education, skills and certifications become the about text', async () => {
    const result = await importLinkedIn();
    const [source] = result.sources;
    expect(source).toMatchObject({ platform: 'linkedin', displayName: 'Bayu Santoso', headline: 'Data Engineer | Airflow, dbt, BigQuery | Reliable pipelines for retail analytics' });
    expect(source.about).toContain('I build data pipelines that analysts trust.');
    expect(source.about).toContain('Saya juga mengajar SQL dasar');
    expect(source.about).toContain('- Data Engineer · Tokobaru (Mar 2023 – present). Own the ingestion platform');
    expect(source.about).toContain('- S.Kom., Sistem Informasi, Institut Teknologi Sepuluh Nopember (2014 – 2018)');
    expect(source.about).toContain('Skills: Apache Airflow, dbt, SQL, Python, BigQuery');
    expect(source.about).toContain('- Google Cloud Professional Data Engineer — Google Cloud, May 2024');
    expect(source.about).toContain('Websites: https://bayu.example.dev');
    expect(validateProfile({ sources: result.sources }).ok).toBe(true);
  });

  it('takes public shares with dates and the articles; leaves out connections-only shares and reshares without words', async () => {
    const result = await importLinkedIn();
    const posts = result.sources[0].posts ?? [];
    expect(posts[0]).toEqual({ text: expect.stringContaining('Three things I check'), postedAt: '2026-01-12T08:30:00Z' });
    expect(posts[1].text).toBe('Senang sekali bisa berbagi di meetup data Surabaya soal orkestrasi pipeline dengan Airflow. Slide ada di bawah.\nhttps://bayu.example.dev/talks/airflow');
    expect(posts[2].text).toMatch(/^Idempotent pipelines in practice\n+A pipeline you cannot rerun safely/);
    expect(posts[2].postedAt).toBeUndefined();
    expect(result.counts).toEqual({ postsFound: 5, postsKept: 3 });
    expect(result.skipped.map((item) => [item.code, item.count])).toEqual([
      ['not-public', 1],
      ['no-text', 1],
    ]);
  });

  it('never opens messages, connections, invitations, searches, ad data, phone numbers, e-mails or IP logs, nor reads address and birth date', async () => {
    const spy = recordZipOpens();
    try {
      const result = await importLinkedIn();
      expect(spy.opened.sort()).toEqual(
        ['Articles/Articles/idempotent-pipelines-in-practice.html', 'Certifications.csv', 'Education.csv', 'Positions.csv', 'Profile.csv', 'Shares.csv', 'Skills.csv'].sort(),
      );
      expect(JSON.stringify(result)).not.toContain(PRIVATE);
    } finally {
      spy.restore();
    }
  });

  it('finds the export inside a folder the candidate zipped again', async () => {
    const entries = Object.fromEntries(Object.entries(linkedinExportEntries()).map(([name, content]) => [`Complete_LinkedInDataExport_01-15-2026/${name}`, content]));
    const result = await importLinkedIn(entries, 'Complete_LinkedInDataExport_01-15-2026/');
    expect(result.sources[0].displayName).toBe('Bayu Santoso');
    expect(result.filesRead[0]).toBe('Complete_LinkedInDataExport_01-15-2026/Profile.csv');
  });

  it('reads a Windows-1252 CSV with a warning, and refuses one that mixes two encodings', async () => {
    const header = ['First Name', 'Last Name', 'Headline', 'Summary'];
    const latin = Buffer.from(csv([header, ['José', 'Café', 'Analista de datos', 'Résumé']]), 'latin1');
    const result = await importLinkedIn({ 'Profile.csv': latin });
    expect(result.sources[0]).toMatchObject({ displayName: 'José Café', about: 'Résumé' });
    expect(result.warnings).toEqual([expect.stringContaining('Profile.csv is not UTF-8; it was read as Windows-1252')]);

    const mixed = Buffer.concat([Buffer.from(csv([header, ['José', 'Café', 'x', 'y']]), 'latin1'), Buffer.from('"Ünïcode","UTF-8","z","w"\r\n', 'utf8')]);
    await expect(importLinkedIn({ 'Profile.csv': mixed })).rejects.toThrow(/Profile.csv mixes two text encodings/);
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = csv([['First Name', 'Last Name', 'Headline'], ['Siti', 'Nurhaliza', 'Analis data — ritel']]);
    const result = await importLinkedIn({ 'Profile.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    expect(result.sources[0].headline).toBe('Analis data — ritel');
    expect(result.warnings).toEqual([]);
  });

  it('refuses a Profile.csv without the columns LinkedIn writes, and a malformed CSV, with 422', async () => {
    const noColumns = importLinkedIn({ 'Profile.csv': 'Name,Other\na,b\n' });
    await expect(noColumns).rejects.toThrow(ImportError);
    await expect(noColumns).rejects.toMatchObject({ kind: 'unprocessable', message: expect.stringContaining('lacks the columns First Name, Last Name, Headline') });
    const malformed = importLinkedIn({ 'Profile.csv': 'First Name,Last Name,Headline\n"Bayu,"Santoso\n' + 'x'.repeat(10) + '"\n' + '"unterminated' });
    await expect(malformed).rejects.toMatchObject({ kind: 'unprocessable', message: expect.stringContaining('Profile.csv is not a valid CSV file') });
  });
});
