import type { ProfileAnalysis } from '../profile/analyze';
import type { ComponentKey, DimensionKey, Measured } from '../profile/component';
import type { Flag } from '../types';
import { bandedValue, ceilingOf, combineCeilings, flagCaps, presentOnSeveral, profileCeiling, type BandDecision, type FlagCap, type FlagCeiling, type ProfileCeiling } from './bands';
import { dimensionValues, grade, overallValue, type RiskPenalty } from './scores';

/** Overall points as the report gives them: the weighted mean placed by the band rules. */
function bandedOverall(weighted: number, band: BandDecision): number {
  const rounded = Math.round(weighted);
  return bandedValue(rounded, grade(rounded), band);
}

export interface Gain {
  /** On the overall score as reported (band rules applied). */
  graded: number;
  /** On the weighted mean alone. */
  weighted: number;
}

/** Gains are measured on the graded overall score, so a fix that lifts a band ceiling comes first. */
export class GainEstimator {
  private readonly current: number;
  private readonly weighted: number;
  private readonly caps: (FlagCap | undefined)[];
  private readonly fromFlags: FlagCeiling;
  /** What does not change while flags are removed one at a time: the fields' presence, the profile's ceiling, the dimensions. */
  private readonly present: boolean;
  private readonly fromProfile: ProfileCeiling;
  private readonly dimensions: Record<DimensionKey, number | undefined>;

  constructor(private readonly analysis: ProfileAnalysis, private readonly penalty: RiskPenalty, private readonly flags: readonly Flag[]) {
    this.caps = flagCaps(analysis, flags);
    this.fromFlags = ceilingOf(this.caps);
    this.present = presentOnSeveral(analysis);
    this.fromProfile = profileCeiling(analysis, this.present);
    this.dimensions = dimensionValues(analysis.components);
    this.weighted = overallValue(this.dimensions, penalty.points);
    this.current = bandedOverall(this.weighted, combineCeilings(this.fromFlags, this.fromProfile));
  }

  /** Overall points gained if the given components reached the given values. */
  ifComponents(changes: Partial<Record<ComponentKey, number>>): Gain {
    const raised = (item: Measured): boolean => changes[item.key] !== undefined && (changes[item.key] as number) > item.value;
    const changed = {} as Record<DimensionKey, Measured[]>;
    for (const dimension of Object.keys(this.analysis.components) as DimensionKey[]) {
      const items = this.analysis.components[dimension];
      // A dimension no change raises keeps its own (never changed) list.
      changed[dimension] = items.some(raised) ? items.map((item) => (raised(item) ? { ...item, value: changes[item.key] as number } : item)) : items;
    }
    // A better component can also lift the ceiling (a portfolio is the missing proof, a clear headline the role).
    const band = combineCeilings(this.fromFlags, profileCeiling({ ...this.analysis, components: changed }, this.present));
    const weighted = overallValue(dimensionValues(changed), this.penalty.points);
    return { graded: round1(bandedOverall(weighted, band) - this.current), weighted: round1(weighted - this.weighted) };
  }

  ifFlagRemoved(flag: Flag): Gain {
    const share = this.penalty.byFlag.get(flag.id) ?? 0;
    const band = combineCeilings(ceilingOf(this.caps.filter((_, index) => this.flags[index] !== flag)), this.fromProfile);
    const weighted = overallValue(this.dimensions, this.penalty.points - share);
    return { graded: round1(bandedOverall(weighted, band) - this.current), weighted: round1(weighted - this.weighted) };
  }
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

