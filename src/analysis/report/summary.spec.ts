import * as fs from 'fs';
import * as path from 'path';
import { auditProfile } from '../index';
import type { Profile } from '../types';

const EXAMPLES = path.resolve(__dirname, '../../../docs/examples');

function example(name: string): Profile {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8')) as Profile;
}

describe('recruiter summary', () => {
  it('counts flags by category and severity and lists them with redacted excerpts', () => {
    const report = auditProfile(example('risky-id.json'));
    const summary = report.recruiterSummary;
    const total = summary.flagCounts.reduce((sum, item) => sum + item.count, 0);
    expect(total).toBe(report.flags.length);
    expect(summary.flags.map((flag) => flag.id)).toEqual(report.flags.map((flag) => flag.id));
    const personal = summary.flags.find((flag) => flag.category === 'personal_data');
    expect(personal?.excerpts.join(' ')).toContain('[redacted]');
    expect(personal?.excerpts.join(' ')).not.toMatch(/\d{4}/);
  });

  it('repeats the report scores and explains the risk deduction', () => {
    const report = auditProfile(example('risky-id.json'));
    expect(report.recruiterSummary.scores.overall).toEqual({ value: report.scores.overall.value, grade: report.scores.overall.grade });
    expect(report.recruiterSummary.scores.tone).toEqual({ value: report.scores.tone.value, grade: report.scores.tone.grade });
    expect(report.recruiterSummary.text).toContain('dikurangi');
  });

  it('lists strengths for a strong profile and no concerns', () => {
    const summary = auditProfile(example('strong-en.json')).recruiterSummary;
    expect(summary.strengths.length).toBeGreaterThan(0);
    expect(summary.concerns).toEqual([]);
    expect(summary.text).toContain('Data Analyst');
    expect(summary.text).toContain('No risk flags.');
    expect(summary.disclaimer).toContain('not a hiring decision');
  });

  it('uses neutral sentences without names or contact details', () => {
    const summary = auditProfile(example('risky-id.json')).recruiterSummary;
    expect(summary.text).not.toContain('Dimas');
    expect(summary.text).not.toContain('0812');
  });
});
