import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { auditProfile, validateProfile } from '../analysis';
import type { Profile } from '../analysis/types';
import { queueConfig } from '../config/queue.config';

/** Invented profiles, one a language, so that the English, Indonesian and mixed paths are all optimised. */
const SAMPLES: readonly Profile[] = [
  {
    targetRole: 'product designer',
    sources: [
      {
        platform: 'linkedin',
        displayName: 'Sample Person',
        headline: 'Product Designer | Figma, user research & design systems',
        about: 'I design checkout flows for e-commerce. Led a redesign that lifted conversion by 9% for 2 million monthly users. BA Visual Communication.',
        posts: [
          { text: 'Five questions I ask in every usability test, and why the last one matters most.', postedAt: '2026-10-01' },
          { text: 'Proud of the team: our design system now covers 120 components across web and mobile.', postedAt: '2026-09-12' },
        ],
        metrics: { followers: 900, following: 300, avgLikes: 40, avgComments: 6 },
      },
      { platform: 'github', handle: 'sample-designer', displayName: 'Sample Person', about: 'Design tokens and prototypes.' },
    ],
  },
  {
    targetRole: 'staf keuangan',
    locale: 'id',
    sources: [
      {
        platform: 'instagram',
        handle: 'contoh.akun',
        displayName: 'Contoh Akun',
        about: 'Akuntan junior, suka kopi dan spreadsheet. Lagi belajar pajak.',
        posts: [
          { text: 'Capek banget lembur tutup buku, tapi akhirnya beres juga wkwk', postedAt: '2026-08-20' },
          { text: 'Tips rekonsiliasi bank buat pemula: cocokkan saldo tiap minggu, jangan nunggu akhir bulan.', postedAt: '2026-07-02' },
        ],
      },
      { platform: 'linkedin', handle: 'contoh-akun', displayName: 'Contoh Akun', headline: 'Junior Accountant', about: 'Pengalaman 2 tahun di audit internal and reporting.' },
    ],
  },
];

/**
 * Runs the engine on SAMPLES `runs` times in all. A new worker process otherwise runs its first few
 * hundred audits with cold code, at several times the CPU of a warm run (bench:pipeline, README
 * "Throughput"); paying that once at start-up keeps it off the first jobs. Returns the runs made.
 */
export function warmUpEngine(runs: number): number {
  for (let run = 0; run < runs; run += 1) {
    const checked = validateProfile(SAMPLES[run % SAMPLES.length]);
    if (!checked.ok) throw new Error(`A warm-up profile does not validate: ${checked.errors[0]?.path}`);
    auditProfile(checked.profile, { referenceDate: '2026-11-29' });
  }
  return runs;
}

/**
 * The warm-up as a provider: the audit runner depends on it, so Nest creates it (and runs the engine
 * AUDIT_ENGINE_WARM_UP_RUNS times) before the BullMQ worker is created and takes its first job.
 */
@Injectable()
export class EngineWarmUp {
  constructor(@Inject(queueConfig.KEY) config: ConfigType<typeof queueConfig>) {
    const started = process.cpuUsage();
    const runs = warmUpEngine(config.engineWarmUpRuns);
    if (runs > 0) {
      const used = process.cpuUsage(started);
      new Logger(EngineWarmUp.name).log(`Engine warmed up: ${runs} runs, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
    }
  }
}
