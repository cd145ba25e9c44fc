import type { ContradictionKind } from '../../profile/claims';
import type { FlagCategory } from '../../types';
import { decimal, listOf, percent, round, thousands } from './format';
import type { PortfolioKind } from './types';

const ID_PROOF: Record<PortfolioKind, string> = {
  code: 'Profil GitHub atau repositori berisi kode Anda sendiri',
  design: 'Portofolio Behance atau Dribbble, atau studi kasus di situs pribadi,',
  clinical: 'Menyebut STR aktif dan sertifikat Anda (dengan penerbit dan tahunnya)',
  writing: 'Tautan ke publikasi, studi kasus, atau situs pribadi Anda',
};
import type { Messages, TitledText } from './types';

const pct = (value: number): string => `${percent(value, ',')}%`;
const num = (value: number): string => thousands(value, '.');

const FAMILY: Record<string, string> = {
  software: 'rekayasa perangkat lunak', backend: 'rekayasa backend', frontend: 'rekayasa frontend', mobile: 'pengembangan aplikasi mobile',
  devops: 'DevOps dan cloud', qa: 'penjaminan mutu perangkat lunak', security: 'keamanan siber', data: 'data dan analitik', ml: 'machine learning',
  design: 'desain', product: 'manajemen produk', project: 'manajemen proyek', marketing: 'pemasaran', content: 'konten',
  sales: 'penjualan', 'customer-service': 'layanan pelanggan', hr: 'SDM', finance: 'keuangan dan akuntansi',
  admin: 'administrasi perkantoran', logistics: 'logistik', education: 'pendidikan', healthcare: 'kesehatan', engineering: 'teknik',
  legal: 'hukum', hospitality: 'perhotelan', culinary: 'masak dan kuliner', retail: 'ritel', gaming: 'gim', travel: 'jalan-jalan',
  lifestyle: 'fesyen dan kecantikan', fitness: 'olahraga', music: 'musik', investing: 'investasi pribadi',
};

const CATEGORY: Record<FlagCategory, string> = {
  profanity: 'kata-kata kasar', insult: 'hinaan atau perundungan', hate: 'ujaran kebencian', violence: 'kekerasan atau ancaman',
  sexual: 'konten seksual', drugs: 'narkoba', gambling: 'promosi judi online', scam: 'penipuan atau skema cepat kaya',
  misinformation: 'hoaks atau misinformasi', confidential: 'informasi rahasia perusahaan', personal_data: 'data pribadi',
  undisclosed_sponsorship: 'sponsor yang tidak diungkapkan', engagement_anomaly: 'kejanggalan engagement', inconsistent_claims: 'klaim yang tidak konsisten',
};

const CONTRADICTION: Record<ContradictionKind, string> = {
  seniority: 'senioritas', role: 'peran', years: 'lama pengalaman', employer: 'tempat kerja saat ini', location: 'lokasi',
};

const RISK_ADVICE: Record<FlagCategory, TitledText> = {
  profanity: { title: 'Hapus kata-kata kasar', detail: 'Umpatan terbaca tidak profesional bagi kebanyakan perekrut; sunting atau hapus unggahan ini.' },
  insult: { title: 'Hapus hinaan', detail: 'Menghina orang, apalagi atasan atau rekan kerja, adalah konten yang paling diperhatikan perekrut; hapus atau arsipkan unggahan ini.' },
  hate: { title: 'Segera hapus konten kebencian', detail: 'Serangan terhadap kelompok (SARA: suku, agama, ras, antargolongan) adalah tanda bahaya bagi pemberi kerja mana pun dan bisa melanggar hukum; hapus.' },
  violence: { title: 'Hapus ancaman', detail: 'Bahasa yang mengancam adalah tanda bahaya bagi pemberi kerja; hapus unggahan ini.' },
  sexual: { title: 'Hapus konten seksual', detail: 'Jauhkan konten seksual dari profil yang Anda tunjukkan kepada pemberi kerja.' },
  drugs: { title: 'Hapus rujukan narkoba', detail: 'Rujukan pemakaian atau penjualan narkoba adalah tanda bahaya bagi pemberi kerja; hapus.' },
  gambling: { title: 'Hapus promosi judi online', detail: 'Promosi judi online (slot, gacor, maxwin, link referral) melanggar hukum di Indonesia dan menjadi tanda bahaya bagi pemberi kerja mana pun; hapus unggahan dan teks bio-nya.' },
  scam: { title: 'Hapus ajakan cepat kaya', detail: 'Janji uang cepat ("modal kecil, untung besar") terlihat seperti penipuan dan merusak kepercayaan; hapus.' },
  misinformation: { title: 'Hapus konten hoaks', detail: 'Menyebarkan klaim yang belum terverifikasi merusak kredibilitas; hapus atau koreksi dengan sumber.' },
  confidential: { title: 'Hapus informasi rahasia perusahaan', detail: 'Membagikan informasi internal (gaji, angka yang belum dirilis, dokumen internal) memberi kesan Anda bisa membocorkan rahasia perusahaan berikutnya; hapus.' },
  personal_data: { title: 'Hapus data pribadi Anda', detail: 'Nomor telepon, alamat rumah, NIK atau nomor rekening di unggahan publik mengundang penipuan; hapus dan gunakan pesan langsung di platform.' },
  undisclosed_sponsorship: { title: 'Ungkapkan unggahan berbayar dan afiliasi', detail: 'Berjualan dengan kode, "link di bio" atau keranjang kuning tanpa keterangan menyesatkan pengikut; tambahkan #iklan atau #ad di awal.' },
  engagement_anomaly: { title: 'Bersihkan atau jelaskan jumlah pengikut', detail: 'Pengikut yang jauh melebihi interaksinya terlihat seperti dibeli.' },
  inconsistent_claims: { title: 'Samakan klaim Anda', detail: 'Cerita yang berbeda di tiap platform membuat perekrut meragukan semuanya.' },
};

export const id: Messages = {
  locale: 'id',
  platform: { linkedin: 'LinkedIn', x: 'X', instagram: 'Instagram', tiktok: 'TikTok', github: 'GitHub', facebook: 'Facebook', website: 'situs web', other: 'profil lain' },
  componentLabel: {
    identity: 'Satu identitas', claims: 'Klaim selaras', niche: 'Satu niche', voice: 'Gaya bahasa sesuai platform', activity: 'Keaktifan',
    professionalism: 'Profesionalisme', sentiment: 'Keseimbangan sentimen', emotional_control: 'Kendali emosi', promotion: 'Keseimbangan promosi',
    headline: 'Kejelasan headline', about: 'Bagian tentang / proposisi nilai', achievements: 'Pencapaian terukur', skills: 'Keahlian dan alat',
    knowledge_sharing: 'Berbagi pengetahuan', credentials: 'Kredensial', portfolio: 'Tautan portofolio', engagement: 'Kualitas engagement',
    target_fit: 'Kecocokan dengan posisi incaran',
  },
  dimensionLabel: { consistency: 'Konsistensi', tone: 'Nada', professional: 'Sinyal profesional' },
  categoryLabel: CATEGORY,
  severityLabel: { info: 'info', warning: 'peringatan', critical: 'kritis' },
  familyLabel: (family) => FAMILY[family] ?? family,
  contradictionLabel: CONTRADICTION,

  metricsExcerpt: ({ followers, following, likes, comments, ratePct }) =>
    [
      `pengikut ${num(followers)}`,
      following === undefined ? undefined : `mengikuti ${num(following)}`,
      likes === undefined ? undefined : `rata-rata suka ${decimal(likes, ',')}`,
      comments === undefined ? undefined : `rata-rata komentar ${decimal(comments, ',')}`,
      `tingkat engagement ${pct(ratePct)}`,
    ].filter((part) => part !== undefined).join('; '),

  explain: {
    identity: ({ pairs, similarityPct }) => `Nama dan handle dibandingkan pada ${pairs} pasang profil: rata-rata ${round(similarityPct)}% mirip.`,
    claims: ({ claims, contradictions }) =>
      contradictions.length === 0
        ? `${claims} klaim ditemukan (peran, senioritas, pengalaman, pemberi kerja, pendidikan); tidak ada yang bertentangan.`
        : `${claims} klaim ditemukan; ${contradictions.length} pertentangan: ${listOf(contradictions.map((kind) => CONTRADICTION[kind]), 'dan')}.`,
    niche: ({ family, onNichePct, overlapPct, units }) =>
      `Topik utama: ${FAMILY[family] ?? family}; ${round(onNichePct)}% dari ${units} teks bertopik tetap di topik itu` +
      (overlapPct === undefined ? '.' : `; kesamaan topik antarprofil ${round(overlapPct)}%.`),
    voice: ({ sources, worstPlatform, worstInformalPct }) =>
      round(worstInformalPct) === 0
        ? `Gaya bahasa diperiksa pada ${sources} profil: tidak ada kata gaul atau tidak baku.`
        : `Gaya bahasa diperiksa pada ${sources} profil; yang paling santai adalah ${id.platform[worstPlatform]} dengan ${round(worstInformalPct)}% kata gaul atau tidak baku.`,
    activity: ({ datedPosts, worstDays, referenceGiven, medianGap }) =>
      [
        `${datedPosts} unggahan bertanggal`,
        worstDays === undefined ? undefined : `profil yang paling lama diam terakhir mengunggah ${worstDays} hari sebelum ${referenceGiven ? 'tanggal acuan' : 'tanggal terbaru di profil'}`,
        medianGap === undefined ? undefined : `median jeda antarunggahan ${round(medianGap)} hari`,
      ].filter((part) => part !== undefined).join('; ') + '.',
    professionalism: ({ words, informal, informalPct, emoji, exclamations, shouted, profanity }) =>
      `${words} kata: ${informal} gaul atau tidak baku (${round(informalPct)}%), ${emoji} emoji, ${exclamations} tanda seru, ${shouted} kata berhuruf kapital semua, ${profanity} umpatan; dinilai menurut kebiasaan tiap platform.`,
    sentiment: ({ units, negative, attacks }) =>
      `${negative} dari ${units} unggahan dan bio bernada negatif; ${attacks} menyerang atau mengeluhkan atasan, rekan kerja atau orang lain.`,
    emotionalControl: ({ units, outbursts }) => `${outbursts} dari ${units} unggahan dan bio terbaca sebagai luapan emosi (sangat negatif disertai huruf kapital, !!, umpatan atau hinaan).`,
    promotion: ({ units, selling }) => `${selling} dari ${units} unggahan dan bio berjualan keras (kata promosi, kode referral, judi atau sponsor); sampai 20% masih wajar.`,
    headline: ({ platform, hasRole, skills, hasValue, fromAbout, creditPct }) =>
      `${fromAbout ? `Tidak ada headline; teks tentang dipakai sebagai gantinya (nilai ${creditPct}%)` : `Headline terbaik (${id.platform[platform]})`}: ` +
      `${hasRole ? 'menyebut peran' : 'tanpa peran'}, ${skills} keahlian, ${hasValue ? 'menyatakan nilai atau hasil' : 'tanpa nilai atau hasil'}.`,
    headlineMissing: () => 'Tidak ada headline maupun teks tentang untuk membaca peran.',
    about: ({ platform, words, hasValue, namesWork, quantified }) =>
      `Teks tentang terbaik (${id.platform[platform]}): ${words} kata, ${hasValue ? 'dengan' : 'tanpa'} proposisi nilai, ${namesWork ? 'menyebut peran atau keahlian' : 'tidak menyebut peran atau keahlian'}, ${quantified ? 'dengan' : 'tanpa'} hasil terukur.`,
    aboutMissing: () => 'Tidak ada teks tentang atau bio.',
    achievements: ({ count }) => `${count} pencapaian terukur (angka dengan satuan atau % di dekat hal yang dikerjakan); tiga atau lebih mendapat nilai penuh.`,
    skills: ({ count, names }) => (count === 0 ? 'Tidak ada keahlian atau alat yang disebut.' : `${count} keahlian dan alat berbeda disebut: ${names.join(', ')}.`),
    knowledgeSharing: ({ posts, sharing }) => (posts === 0 ? 'Belum ada unggahan, jadi belum ada pengetahuan yang dibagikan.' : `${sharing} dari ${posts} unggahan berbagi pengetahuan (cara, panduan, tips, utas, presentasi).`),
    credentials: ({ degree, certificate }) => `${degree ? 'Gelar atau kampus disebut' : 'Tidak ada gelar yang disebut'}; ${certificate ? 'sertifikat atau lisensi disebut' : 'tidak ada sertifikat yang disebut'}.`,
    portfolio: ({ links }) => (links.length === 0 ? 'Tidak ada tautan portofolio atau situs pribadi.' : `Tautan ke karya: ${links.join(', ')}.`),
    engagement: (items) =>
      items.map((item) => `${id.platform[item.platform]}: engagement ${pct(item.ratePct)} dibanding biasanya ${pct(item.normPct)}${item.followBack ? ', mengikuti balik sebagian besar pengikut' : ''}`).join('; ') + '.',
    targetFit: ({ target, roleMatch, skills }) =>
      `Incaran "${target}": ${roleMatch === 'exact' ? 'profil mengklaim peran ini' : roleMatch === 'related' ? 'profil mengklaim peran yang berkaitan' : 'profil tidak mengklaim peran ini'}; ${skills.length} keahlian yang cocok${skills.length ? ` (${skills.slice(0, 5).join(', ')})` : ''}.`,
    targetFitWords: ({ target, found, wanted }) => `Incaran "${target}": ${found} dari ${wanted} katanya muncul di headline atau teks tentang.`,
  },

  flag: {
    risk: ({ category, platform, count, reason }) =>
      `${capitalise(CATEGORY[category])} di ${id.platform[platform]} (${count} bagian)${reason ? `: ${reason}` : '.'}`,
    engagement: ({ platform, ratePct, normPct, followers, following, lowEngagement, followBack }) =>
      `${id.platform[platform]}: ${num(followers)} pengikut tetapi engagement hanya ${pct(ratePct)} (biasanya ${pct(normPct)})` +
      (lowEngagement ? ', jauh di bawah yang wajar untuk audiens sebesar itu' : '') +
      (followBack && following !== undefined ? `; mengikuti ${num(following)} akun, tanda pertumbuhan follow-for-follow` : '') +
      '. Kemungkinan pengikut dibeli atau tidak aktif.',
    contradiction: ({ kind, firstPlatform, first, secondPlatform, second }) =>
      `Klaim tentang ${CONTRADICTION[kind]} tidak selaras: ${id.platform[firstPlatform]} menyebut "${first}" tetapi ${id.platform[secondPlatform]} menyebut "${second}".`,
    nameMismatch: ({ aPlatform, aName, bPlatform, bName }) =>
      `Nama berbeda: "${aName}" di ${id.platform[aPlatform]} dan "${bName}" di ${id.platform[bPlatform]}.`,
  },

  suggest: {
    risk: ({ category, platform, count }) => {
      const advice = RISK_ADVICE[category];
      return { title: `${advice.title} (${id.platform[platform]})`, detail: `${advice.detail} Ditemukan ${count} bagian.` };
    },
    sponsorshipExample: () => '#iklan | Kerja sama berbayar',
    engagement: ({ platform, ratePct, normPct }) => ({
      title: `Bangun engagement yang nyata di ${id.platform[platform]}`,
      detail: `Engagement Anda ${pct(ratePct)}, padahal biasanya ${pct(normPct)}. Perekrut lebih menghargai 100 pengikut yang merespons daripada ribuan yang diam: bersihkan pengikut yang dibeli atau tidak aktif dan unggah untuk audiens yang Anda tuju.`,
    }),
    contradiction: ({ kind, firstPlatform, first, secondPlatform, second }) => ({
      title: `Samakan ${CONTRADICTION[kind]} di semua profil`,
      detail: `${id.platform[firstPlatform]} menyebut "${first}" sedangkan ${id.platform[secondPlatform]} menyebut "${second}". Perbarui yang sudah usang, atau jelaskan perubahannya (misalnya pindah karier) agar keduanya terbaca sebagai satu cerita yang benar.`,
    }),
    identity: ({ name }) => ({
      title: 'Gunakan satu nama di semua profil',
      detail: `Perekrut mencari Anda lewat nama; nama tampilan dan handle yang berbeda membuat profil terlihat seperti milik orang lain.${name ? ` "${name}" adalah nama di profil Anda yang paling profesional.` : ''}`,
    }),
    headline: ({ hasRole, skills, hasValue, missing }) => ({
      title: missing ? 'Tambahkan headline' : 'Pertajam headline Anda',
      detail: missing
        ? 'Headline adalah baris pertama yang dibaca perekrut. Sebutkan peran, spesialisasi, dan nilai yang Anda bawa.'
        : `Headline yang kuat memuat peran, spesialisasi, dan nilai. Headline Anda ${hasRole ? 'menyebut peran' : 'tidak menyebut peran'}, ${skills} keahlian, dan ${hasValue ? 'sebuah nilai' : 'tanpa nilai atau hasil'}.`,
    }),
    about: ({ missing, hasValue, quantified, words }) => ({
      title: missing ? 'Tulis bagian tentang' : 'Jadikan teks tentang Anda proposisi nilai',
      detail: missing
        ? 'Tiga atau empat kalimat: apa yang Anda kerjakan, untuk siapa, dengan alat apa, dan satu hasil yang Anda banggakan.'
        : `Teks tentang Anda berisi ${words} kata${hasValue ? '' : ', tanpa proposisi nilai'}${quantified ? '' : ', tanpa hasil terukur'}. Sebutkan siapa yang Anda bantu dan bagaimana, lalu dukung dengan satu hasil.`,
    }),
    aboutExample: ({ role, skills, proof }) =>
      [role ? `Saya ${role}${skills.length ? `, dengan keahlian ${listOf(skills, 'dan')}` : ''}.` : skills.length ? `Keahlian saya: ${listOf(skills, 'dan')}.` : undefined, proof]
        .filter((part) => part !== undefined).join(' '),
    achievements: ({ count }) => ({
      title: 'Ukur pencapaian Anda',
      detail: `${count === 0 ? 'Belum ada hasil yang terukur.' : `Baru ${count} hasil terukur.`} Tambahkan berapa banyak, berapa besar, atau berapa cepat pada hal yang Anda kerjakan (%, jam yang dihemat, pengguna, omzet).`,
    }),
    achievementsExample: (sentence) => `${sentence} → tambahkan hasilnya: berapa besar, untuk berapa banyak, dalam berapa lama (mis. "…, sehingga <waktu atau biaya> turun <N>%")`,
    skills: ({ count }) => ({
      title: 'Sebutkan keahlian dan alat Anda',
      detail: `${count === 0 ? 'Belum ada keahlian atau alat yang disebut.' : `Baru ${count} yang disebut.`} Perekrut mencari berdasarkan nama alat; cantumkan yang benar-benar Anda kuasai di headline atau teks tentang.`,
    }),
    skillsExample: (names) => `Keahlian: ${names.join(', ')}`,
    knowledgeSharing: ({ posts }) => ({
      title: 'Bagikan apa yang Anda ketahui',
      detail: `${posts === 0 ? 'Belum ada unggahan.' : 'Belum ada unggahan Anda yang mengajarkan sesuatu.'} Panduan singkat, pelajaran dari pengalaman, atau presentasi menunjukkan keahlian lebih baik daripada klaim apa pun.`,
    }),
    knowledgeExample: ({ skill, role }) => `"${role ? `Catatan ${role}: cara` : 'Cara'} saya memakai ${skill}, panduan singkat"`,
    credentials: ({ role }) => ({
      title: 'Cantumkan kredensial Anda',
      detail: `Belum ada gelar, sertifikat, atau lisensi yang disebut${role ? ` di profil ${role} Anda` : ''}. Sebutkan yang Anda miliki, beserta penerbitnya, di teks tentang Anda.`,
    }),
    portfolio: ({ role, kind }) => ({
      title: kind === 'clinical' ? 'Tunjukkan STR dan sertifikat Anda' : 'Tautkan karya Anda',
      detail: `${kind === 'clinical' ? 'Registrasi dan pelatihan Anda belum mudah diperiksa.' : 'Belum ada tautan portofolio.'} ${ID_PROOF[kind]}${role ? ` sebagai ${role}` : ''} memungkinkan perekrut memeriksa klaim Anda dalam satu klik.`,
    }),
    portfolioExample: (handle) => `Portofolio: github.com/${handle}`,
    activity: ({ worstDays, medianGap, uneven }) => ({
      title: 'Unggah secara teratur',
      detail: [
        worstDays === undefined ? undefined : `Salah satu profil sudah diam ${worstDays} hari.`,
        medianGap === undefined ? undefined : uneven ? `Unggahan Anda datang bergerombol dengan jeda panjang (median jeda ${round(medianGap)} hari).` : `Median jeda antarunggahan ${round(medianGap)} hari.`,
        'Ritme yang stabil, mingguan atau dua mingguan, menjaga audiens Anda.',
      ].filter((part) => part !== undefined).join(' '),
    }),
    niche: ({ family, offPlatforms }) => ({
      title: 'Pilih satu niche dan konsisten',
      detail: `Sebagian besar konten Anda tentang ${FAMILY[family] ?? family}${offPlatforms.length ? `, tetapi profil ${listOf(offPlatforms.map((platform) => id.platform[platform]), 'dan')} membahas hal lain` : ''}. Simpan minat sampingan di akun terpisah yang privat, atau kaitkan dengan cerita profesional Anda.`,
    }),
    voice: ({ platform, words }) => ({
      title: `Gunakan bahasa yang lebih baku di ${id.platform[platform]}`,
      detail: `Kata gaul dan singkatan${words.length ? ` (${words.slice(0, 5).join(', ')})` : ''} terkesan asal-asalan bagi perekrut di platform ini.`,
    }),
    professionalism: ({ words, emoji, exclamations, shouted }) => ({
      title: 'Kurangi bahasa gaul, emoji, dan huruf kapital',
      detail: `Ditemukan ${words.length ? `kata gaul seperti ${words.slice(0, 5).join(', ')}, ` : ''}${emoji} emoji, ${exclamations} tanda seru, dan ${shouted} kata berhuruf kapital semua. Menulislah seperti kepada klien.`,
    }),
    sentiment: ({ negative, attacks }) => ({
      title: 'Jauhkan keluhan dari profil publik',
      detail: `${negative} unggahan bernada negatif${attacks ? `, ${attacks} menyerang atasan, rekan kerja, atau orang lain` : ''}. Calon pemberi kerja membacanya sebagai apa yang akan Anda katakan tentang mereka; arsipkan.`,
    }),
    emotionalControl: ({ outbursts }) => ({
      title: 'Hindari mengunggah saat emosi',
      detail: `${outbursts} unggahan terbaca sebagai luapan emosi. Perekrut memperhatikan cara Anda mengungkapkan emosi lewat tulisan; sunting atau arsipkan.`,
    }),
    promotion: ({ selling, units }) => ({
      title: 'Seimbangkan jualan dengan konten bermanfaat',
      detail: `${selling} dari ${units} unggahan dan bio berjualan keras. Promosi berlebihan menggerus kepercayaan; jaga di bawah satu dari lima dan selingi dengan konten yang berguna.`,
    }),
    targetFit: ({ target, roleMatch }) => ({
      title: `Tunjukkan bahwa Anda cocok sebagai "${target}"`,
      detail: roleMatch === 'exact'
        ? `Sebutkan lebih banyak keahlian yang dipakai seorang ${target}, tetapi hanya yang benar-benar Anda kuasai.`
        : `Profil Anda belum menampilkan Anda sebagai ${target}. Jika itu tujuan Anda, nyatakan di headline dan sebutkan keahlian yang sesuai yang Anda miliki.`,
    }),
    headlineYears: (years) => `${years} tahun pengalaman`,
  },

  summary: {
    sources: ({ count, platforms }) => `${count} profil publik ditinjau: ${listOf(platforms.map((platform) => id.platform[platform]), 'dan')}.`,
    role: ({ role, skills }) =>
      role ? `Menampilkan diri sebagai ${role}${skills.length ? `; keahlian yang disebut: ${skills.join(', ')}` : ''}.` : skills.length ? `Keahlian yang disebut: ${skills.join(', ')}.` : undefined,
    scores: ({ overall, grade, consistency, tone, professional }) =>
      `Skor keseluruhan ${overall}/100 (${grade}): konsistensi ${consistency ?? 'tidak terukur'}, nada ${tone ?? 'tidak terukur'}, sinyal profesional ${professional ?? 'tidak terukur'}.`,
    riskDeduction: ({ points, flags }) => `Skor keseluruhan sudah dikurangi ${points} poin karena ${flags} tanda risiko.`,
    flags: ({ critical, warning, info }) =>
      critical + warning + info === 0 ? 'Tidak ada tanda risiko.' : `Tanda: ${critical} kritis, ${warning} peringatan, ${info} info.`,
    strength: ({ label, value, explanation }) => `${label} (${value}): ${explanation}`,
    concern: ({ label, value, explanation }) => `${label} (${value}): ${explanation}`,
    disclaimer:
      'Saran otomatis dari teks profil publik, bukan keputusan perekrutan. Mungkin ada konteks yang terlewat; karakteristik yang dilindungi (agama, suku, jenis kelamin, usia, status keluarga, kesehatan, pandangan politik, dan sejenisnya) tidak pernah dinilai. Kandidat dapat melihat ringkasan yang sama ini.',
  },

  cli: {
    title: 'Audit personal branding Citra',
    overall: 'Keseluruhan',
    flags: 'Tanda risiko',
    noFlags: 'Tidak ada tanda risiko.',
    suggestions: 'Saran',
    noSuggestions: 'Tidak ada saran.',
    recruiterSummary: 'Yang dilihat perekrut',
    strengths: 'Kekuatan',
    concerns: 'Perhatian',
    gain: 'perkiraan kenaikan',
    example: 'Contoh',
    weight: 'bobot',
    language: 'Bahasa',
    notMeasurable: 'tidak terukur (teks terlalu sedikit)',
  },
};

function capitalise(value: string): string {
  return value.length === 0 ? value : value[0].toUpperCase() + value.slice(1);
}
