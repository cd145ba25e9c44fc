/** The measures `profiles/README.md` defines, computed from one report per judged profile. */
import type { Evidence, FlagCategory, Grade, Profile, Report } from '../../src/analysis/types';
import type { JudgedProfile } from './profiles-data';

const GRADE_VALUE: Record<Grade, number> = { A: 5, B: 4, C: 3, D: 2, E: 1 };
const RAISED = new Set(['warning', 'critical']);

export interface ProfileOutcome {
  profile: JudgedProfile;
  report: Report;
}

/** Average ranks (1-based), ties share the mean of their positions. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1].value === order[i].value) j++;
    for (let k = i; k <= j; k++) ranks[order[k].index] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = averageRanks(a);
  const rb = averageRanks(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

function fieldTexts(input: Profile): { source: number; field: string; text: string }[] {
  const out: { source: number; field: string; text: string }[] = [];
  input.sources.forEach((source, s) => {
    for (const field of ['handle', 'displayName', 'headline', 'about'] as const) {
      const text = source[field];
      if (text) out.push({ source: s, field, text });
    }
    (source.posts ?? []).forEach((post, p) => out.push({ source: s, field: `posts[${p}]`, text: post.text }));
  });
  return out;
}

/** Every place a quote occurs in the input, as evidence-like spans. */
export function locateQuote(input: Profile, quote: string): Omit<Evidence, 'excerpt'>[] {
  const spans: Omit<Evidence, 'excerpt'>[] = [];
  for (const { source, field, text } of fieldTexts(input)) {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      spans.push({ source, field, start: at, end: at + quote.length });
    }
  }
  return spans;
}

/** Evidence a reader of the report sees for facts: professional components and suggestions. */
export function factEvidence(report: Report): Evidence[] {
  return [
    ...report.scores.professional.components.flatMap((component) => component.evidence),
    ...report.suggestions.flatMap((suggestion) => suggestion.evidence),
  ];
}

export function quoteFound(input: Profile, quote: string, evidence: readonly Evidence[]): boolean {
  return locateQuote(input, quote).some((span) =>
    evidence.some((e) => e.source === span.source && e.field === span.field && e.start < span.end && span.start < e.end),
  );
}

function raised(report: Report, category: FlagCategory, severities: ReadonlySet<string>): boolean {
  return report.flags.some((flag) => flag.category === category && severities.has(flag.severity));
}

export interface ProfilesFigures {
  metrics: Record<string, number>;
  misses: string[];
}

const ANY = new Set(['info', 'warning', 'critical']);
const CRITICAL = new Set(['critical']);

function excerptOf(report: Report, category: FlagCategory): string {
  const flag = report.flags.find((f) => f.category === category && RAISED.has(f.severity));
  const excerpt = flag?.evidence[0]?.excerpt ?? '';
  return flag ? `${flag.severity} "${excerpt.slice(0, 70)}"` : '';
}

export function measureOutcomes(outcomes: readonly ProfileOutcome[], ranking: readonly string[]): ProfilesFigures {
  const misses: string[] = [];
  let mustPairs = 0;
  let mustHits = 0;
  let mustAny = 0;
  let falseRaised = 0;
  let falseCritical = 0;
  let mustNotPairs = 0;
  let abRaised = 0;
  let exact = 0;
  let withinOne = 0;
  let languageHits = 0;
  let achievements = 0;
  let achievementsFound = 0;
  let credentials = 0;
  let credentialsFound = 0;
  for (const { profile, report } of outcomes) {
    const j = profile.judgement;
    const lines: string[] = [];
    for (const category of j.mustFlags) {
      mustPairs++;
      if (raised(report, category, RAISED)) mustHits++;
      else lines.push(`missed must-flag ${category}`);
      if (raised(report, category, ANY)) mustAny++;
    }
    for (const category of j.mustNotFlags) {
      mustNotPairs++;
      if (raised(report, category, RAISED)) {
        falseRaised++;
        lines.push(`false ${category}: ${excerptOf(report, category)}`);
      }
      if (raised(report, category, CRITICAL)) falseCritical++;
    }
    if ((j.band === 'A' || j.band === 'B') && report.flags.some((f) => RAISED.has(f.severity))) abRaised++;
    const grade = report.scores.overall.grade;
    const distance = Math.abs(GRADE_VALUE[grade] - GRADE_VALUE[j.band]);
    if (distance === 0) exact++;
    if (distance <= 1) withinOne++;
    if (distance > 0) lines.push(`band ${grade} (${report.scores.overall.value}) for ${j.band}`);
    if (report.language.primary === j.language) languageHits++;
    else lines.push(`language ${report.language.primary} for ${j.language}`);
    const evidence = factEvidence(report);
    for (const quote of j.achievements) {
      achievements++;
      if (quoteFound(profile.input, quote, evidence)) achievementsFound++;
      else lines.push(`achievement not found: "${quote}"`);
    }
    for (const quote of j.credentials) {
      credentials++;
      if (quoteFound(profile.input, quote, evidence)) credentialsFound++;
      else lines.push(`credential not found: "${quote}"`);
    }
    for (const line of lines) misses.push(`${profile.id}: ${line}`);
  }
  const byId = new Map(outcomes.map((o) => [o.profile.id, o]));
  const ranked = ranking.filter((id) => byId.has(id));
  const scores = ranked.map((id) => byId.get(id)!.report.scores.overall.value);
  const positions = ranked.map((_, i) => ranked.length - i);
  const bandScores = outcomes.map((o) => o.report.scores.overall.value);
  const bands = outcomes.map((o) => GRADE_VALUE[o.profile.judgement.band]);
  return {
    metrics: {
      mustFlags: mustHits,
      mustFlagsOf: mustPairs,
      mustFlagsAnySeverity: mustAny,
      falseRaised,
      falseCritical,
      mustNotPairs,
      abWithRaisedFlags: abRaised,
      bandExact: exact,
      bandWithinOne: withinOne,
      spearmanRanking: spearman(scores, positions),
      spearmanBand: spearman(bandScores, bands),
      language: languageHits,
      achievements: achievements === 0 ? 0 : achievementsFound / achievements,
      credentials: credentials === 0 ? 0 : credentialsFound / credentials,
    },
    misses,
  };
}
