import type { Evidence } from '../types';

export const CONSISTENCY_KEYS = ['identity', 'claims', 'niche', 'voice', 'activity'] as const;
export const TONE_KEYS = ['professionalism', 'sentiment', 'emotional_control', 'promotion'] as const;
export const PROFESSIONAL_KEYS = [
  'headline',
  'about',
  'achievements',
  'skills',
  'knowledge_sharing',
  'credentials',
  'portfolio',
  'engagement',
  'target_fit',
] as const;

export type ConsistencyKey = (typeof CONSISTENCY_KEYS)[number];
export type ToneKey = (typeof TONE_KEYS)[number];
export type ProfessionalKey = (typeof PROFESSIONAL_KEYS)[number];
export type ComponentKey = ConsistencyKey | ToneKey | ProfessionalKey;
export type DimensionKey = 'consistency' | 'tone' | 'professional';

/** Base weights per dimension; components that cannot be measured drop out and the rest are renormalised. */
export const BASE_WEIGHTS: Record<ComponentKey, number> = {
  identity: 0.2,
  claims: 0.3,
  niche: 0.2,
  voice: 0.1,
  activity: 0.2,
  professionalism: 0.35,
  sentiment: 0.3,
  emotional_control: 0.15,
  promotion: 0.2,
  headline: 0.18,
  about: 0.12,
  achievements: 0.15,
  skills: 0.15,
  knowledge_sharing: 0.1,
  credentials: 0.08,
  portfolio: 0.07,
  engagement: 0.07,
  target_fit: 0.08,
};

/** A measured component before weights are renormalised; value 0-100 (unrounded). */
export interface Measured {
  key: ComponentKey;
  value: number;
  explanation: string;
  evidence: Evidence[];
}

export const MAX_COMPONENT_EVIDENCE = 6;
