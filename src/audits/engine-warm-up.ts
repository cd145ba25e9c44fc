import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { auditProfile, validateProfile } from '../analysis';
import type { Profile } from '../analysis/types';
import { queueConfig } from '../config/queue.config';

/**
 * Invented profiles covering what real ones hold (English, Indonesian and mixed text; figures,
 * links, credentials, contact details, several platforms), so that the engine's code is optimised for
 * all of it: code optimised on too narrow a sample is thrown away on the first real jobs that differ.
 */
export const WARM_UP_SAMPLES: readonly Profile[] = [
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
  {
    targetRole: 'marketing analyst',
    sources: [
      {
        platform: 'linkedin',
        handle: 'sample-analyst',
        displayName: 'Sample Analyst',
        headline: 'Marketing Analyst | Google Ads, GA4 & Looker Studio | Growing subscriptions for media brands',
        about: 'At Kabarpagi I rebuilt the attribution model in BigQuery and grew paid subscriptions by 23% in 6 months, cutting reporting time by 4 hours a week. Meta Blueprint certificate, BA Communication (Universitas Indonesia). Portfolio: example.com/sample-analyst',
        posts: [
          { text: 'Three dashboards every newsroom marketer needs, with the SQL behind each one.', postedAt: '2026-11-05' },
          { text: 'Honoured to speak at the Bandung Growth Meetup about churn experiments. Slides below!', postedAt: '2026-10-09' },
          { text: 'Why I stopped trusting last-click attribution (a thread).', postedAt: '2026-08-17' },
        ],
        metrics: { followers: 2300, following: 540, avgLikes: 70, avgComments: 11 },
      },
      { platform: 'x', handle: 'sampleanalyst', displayName: 'Sample Analyst', about: 'Marketing analytics, SQL and experiments. Opinions mine.', posts: [{ text: 'Reminder: check for duplicate sessions before you report conversion rates. 2x this quarter already.', postedAt: '2026-11-20' }] },
      { platform: 'github', handle: 'sample-analyst', displayName: 'Sample Analyst', about: 'Notebooks on attribution and A/B tests. Python, SQL.' },
    ],
  },
  {
    targetRole: 'customer service',
    locale: 'id',
    sources: [
      {
        platform: 'tiktok',
        handle: 'contoh.cs99',
        displayName: 'Contoh CS',
        about: 'CS online shop | Promo gede2an, klik link di bio!! Order via WA 0813-0000-1111',
        posts: [
          { text: 'Capek bgt ngadepin customer rewel, pengen resign aja rasanya. Bos juga gak ngerti', postedAt: '2026-10-30' },
          { text: 'Rumah baru di Jl. Contoh No. 7, RT 01/RW 02, Depok. Syukuran minggu depan ya gaes', postedAt: '2026-09-14' },
          { text: 'Gabung grup investasi ini, modal 50rb untung jutaan tiap minggu', postedAt: '2026-07-03' },
        ],
        metrics: { followers: 18000, following: 5200, avgLikes: 9, avgComments: 2 },
      },
      { platform: 'linkedin', handle: 'contoh-cs', displayName: 'Contoh Layanan', headline: 'Customer Service Officer at Tokobagus | 3 years', about: 'Handling 120 tickets a day. Fresh graduate 2024, learning data entry and Excel.' },
    ],
  },
  // Two more shaped like real submissions (mixed signals across platforms; a risky Indonesian account): code
  // optimised on the four above alone was still deoptimised 25 times on the first runs of a real profile.
  {
    targetRole: 'backend engineer',
    sources: [
      {
        platform: 'linkedin',
        handle: 'contoh-engineer',
        displayName: 'Contoh Engineer',
        headline: 'Senior Backend Engineer at Tokobagus | 6 years building logistics APIs',
        about: 'Java and Golang. Led the move of our order service to Kafka and PostgreSQL.',
        posts: [{ text: 'Lagi cari kerja baru nih, ada info lowongan backend? DM ya', postedAt: '2026-04-12' }],
      },
      { platform: 'github', handle: 'contoh-dev', displayName: 'Contoh D.', about: 'Fresh graduate 2025, learning Vue and graphic design. Open to internships.' },
      {
        platform: 'tiktok',
        handle: 'contoh.kue',
        displayName: 'Contoh Kue',
        about: 'Resep kue tiap minggu! Kerja sama? DM',
        posts: [{ text: 'Bolu pandan 1 jam, lembut banget. Tepungnya dari toko sebelah, cek keranjang kuning ya', postedAt: '2026-03-09' }],
      },
    ],
  },
  {
    targetRole: 'staf gudang',
    locale: 'id',
    sources: [
      {
        platform: 'instagram',
        handle: 'contoh.hoki77',
        displayName: 'Contoh Hoki',
        about: 'Staf gudang | Info togel jitu tiap malam, pasti tembus!! Link di bio. WA 0857-0000-2222',
        posts: [
          { text: 'Gaji pas-pasan? Daftar di sini aja, modal 20rb bisa jadi jutaan wkwk. Pakai kode HOKI77', postedAt: '2026-11-03' },
          { text: 'Atasan gue payah banget, disuruh lembur terus gak dibayar. Ogah masuk besok', postedAt: '2026-10-05' },
          { text: 'Kos baru di Jl. Kenanga No. 4, RT 02/RW 07, Bogor. Main aja kesini', postedAt: '2026-07-21' },
        ],
        metrics: { followers: 31000, following: 6800, avgLikes: 15, avgComments: 2 },
      },
      { platform: 'linkedin', handle: 'contoh-gudang', displayName: 'Contoh Saputra', headline: 'Staf Gudang', about: 'Berpengalaman 4 tahun di bidang pergudangan dan stok barang.' },
    ],
  },
  // Three more with what real submissions hold and the six above lack (urls, post likes and shares, fractional
  // averages, timestamps, e-mail addresses, emoji and emoticons, spaced letters, mockery, personal statements,
  // platforms facebook, website and other): over the judged dev profiles, engine code first reached after a
  // warm-up without them was deoptimised and compiled again on the worker's first real jobs.
  {
    targetRole: 'account executive',
    sources: [
      {
        platform: 'linkedin',
        handle: 'sample-seller',
        displayName: 'Sample Seller, MBA',
        url: 'https://www.linkedin.com/in/sample-seller',
        headline: 'Account Executive @ Cloudkita | B2B SaaS sales | Ex-Tokobagus',
        about: "I'm a proud mother of two and I don't give up on a deal. Exceeded quota 3 years running (132%, 118%, 141%) and opened 14 enterprise accounts worth Rp 4,2 miliar. Email me at sample.seller@example.com or call +62 812-0000-3333.",
        posts: [
          { text: 'WE ARE HIRING!!! Two SDR roles in Jakarta :) DM me or apply at https://example.com/careers #hiring #sales', postedAt: '2026-11-18T08:15:00Z', likes: 210, comments: 34, shares: 12 },
          { text: 'Honestly the worst client call of my life today... but we still signed. Never say never 😅', postedAt: '2026-10-02', likes: 88, comments: 19 },
          { text: "Thank you @cloudkita for the President's Club trip! Bali was amazing 🌴🙏", postedAt: '2026-06-21T19:40:00+07:00', likes: 530, comments: 61, shares: 4 },
        ],
        metrics: { followers: 4200, following: 1900, avgLikes: 120.5, avgComments: 18.25 },
      },
      { platform: 'facebook', displayName: 'Sample Seller', about: 'Mom, runner, Muslim. Opinions are my own.', posts: [{ text: "S A L E this weekend at my sister's shop, 50% off everything lol", postedAt: '2026-09-09' }] },
      { platform: 'website', url: 'https://sample-seller.example.com', about: 'Case studies and references. Contact: hello@sample-seller.example.com' },
    ],
  },
  {
    targetRole: 'admin media sosial',
    locale: 'id',
    sources: [
      {
        platform: 'x',
        handle: 'contoh_admin',
        displayName: 'Contoh Admin 🌸',
        about: 'Admin sosmed freelance | kopi & kucing | email: contoh.admin@example.co.id',
        posts: [
          { text: 'Yg bilang kerja dari rumah itu santai, sini tuker posisi :D wkwkwk', postedAt: '2026-11-21T09:30:00Z', likes: 12, comments: 3 },
          { text: 'Dasar badut, kerjaannya cuma nyinyir doang. Awas aja kalo ketemu, gue hajar', postedAt: '2026-10-11' },
          { text: 'Mampir ke S L O T 88 lagi gacor bosku!!! Depo 10rb langsung WD', postedAt: '2026-09-01' },
          { text: 'Alhamdulillah KTP baru udah jadi, NIK 3201012345670001. Kirim paketnya ke Jl. Melati Gg. 3 No. 12, Bekasi ya kak', postedAt: '2026-08-15' },
        ],
        metrics: { followers: 860, following: 910 },
      },
      { platform: 'instagram', handle: 'contoh.admin', about: 'Portofolio konten: bit.ly/contoh-admin. Terima jasa desain feed IG, harga mulai 150rb.', posts: [{ text: 'Open order desain feed!! Slot terbatas yaa 🙏✨', postedAt: '2026-11-01', likes: 45 }] },
      { platform: 'linkedin', displayName: 'Contoh A.', headline: 'Social Media Specialist', about: 'Saya bukan lulusan komunikasi, tapi sudah 3 tahun mengelola 5 akun brand F&B dengan total 120 ribu pengikut.' },
    ],
  },
  {
    targetRole: 'data engineer',
    sources: [
      { platform: 'github', handle: 'sample-dataeng', displayName: 'S. Example', url: 'https://github.com/sample-dataeng', about: 'Airflow, dbt & Spark pipelines. Maintainer of kafka-tools (1.2k stars). Previously at a fintech; now freelancing.' },
      {
        platform: 'x',
        handle: 'sample_dataeng',
        displayName: 'S. Example',
        about: 'data engineer. writes about pipelines, SQL and not burning out.',
        posts: [
          { text: 'Cut our nightly batch from 4h to 35 min by partitioning on event_date. v2.3.1 of the DAG is live.', postedAt: '2026-11-12', likes: 40, shares: 7 },
          { text: 'I hate on-call weeks. Nothing works, everything is on fire and nobody reads the runbook!!!', postedAt: '2026-10-20', likes: 15, comments: 9 },
          { text: '"Move fast" they said. Now I maintain 3 copies of the same table lmao', postedAt: '2026-09-03' },
        ],
      },
      { platform: 'other', displayName: 'Sample Example', url: 'https://medium.com/@sample-dataeng', about: 'Blog: 20+ articles on data modelling. Speaker at PyCon ID 2025.' },
    ],
  },
];

/**
 * Runs the engine on WARM_UP_SAMPLES `runs` times in all. A new worker process otherwise runs its first few
 * hundred audits with cold code, at several times the CPU of a warm run (bench:pipeline, README
 * "Throughput"); paying that once at start-up keeps it off the first jobs. Returns the runs made.
 */
export function warmUpEngine(runs: number): number {
  // As JSON text parsed anew each run, the way a job's profile arrives from Postgres: objects made by
  // JSON.parse have other hidden classes than these literals, and code optimised for the literals'
  // is thrown away (deoptimised) and compiled again on the first real jobs. The keys go in the order
  // jsonb returns them, for the same reason: an object's hidden class follows its keys' order.
  const texts = WARM_UP_SAMPLES.map((sample) => JSON.stringify(inJsonbKeyOrder(sample)));
  for (let run = 0; run < runs; run += 1) {
    const checked = validateProfile(JSON.parse(texts[run % texts.length]!));
    if (!checked.ok) throw new Error(`A warm-up profile does not validate: ${checked.errors[0]?.path}`);
    auditProfile(checked.profile, { referenceDate: '2026-11-29' });
  }
  return runs;
}

/** A copy of `value` whose objects list their keys as Postgres's jsonb stores them: shorter first, then bytewise. */
export function inJsonbKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbKeyOrder);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).map((key) => Buffer.from(key, 'utf8'));
  keys.sort((a, b) => a.length - b.length || Buffer.compare(a, b));
  const entries = keys.map((key) => key.toString('utf8')).map((key) => [key, inJsonbKeyOrder((value as Record<string, unknown>)[key])]);
  return Object.fromEntries(entries);
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
