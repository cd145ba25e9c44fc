import type { ContradictionKind } from '../../profile/claims';
import type { FlagCategory } from '../../types';
import { decimal, listOf, percent, plural, round, thousands } from './format';
import type { PortfolioKind } from './types';

const EN_PROOF: Record<PortfolioKind, string> = {
  code: 'A GitHub profile or repository with your own code',
  design: 'A Behance or Dribbble portfolio, or case studies on a personal site,',
  clinical: 'Naming your active STR and your certificates (with issuer and year)',
  writing: 'A link to your publications, case studies or a personal site',
};
import type { Messages, TitledText } from './types';

const pct = (value: number): string => `${percent(value, '.')}%`;
const num = (value: number): string => thousands(value, ',');

const FAMILY: Record<string, string> = {
  software: 'software engineering', backend: 'backend engineering', frontend: 'frontend engineering', mobile: 'mobile development',
  devops: 'DevOps and cloud', qa: 'quality assurance', security: 'security', data: 'data and analytics', ml: 'machine learning',
  design: 'design', product: 'product management', project: 'project management', marketing: 'marketing', content: 'content',
  sales: 'sales', 'customer-service': 'customer service', hr: 'human resources', finance: 'finance and accounting',
  admin: 'office administration', logistics: 'logistics', education: 'education', healthcare: 'healthcare', engineering: 'engineering',
  legal: 'legal', hospitality: 'hospitality', culinary: 'cooking and food', retail: 'retail', gaming: 'gaming', travel: 'travel',
  lifestyle: 'fashion and beauty', fitness: 'fitness', music: 'music', investing: 'personal investing',
};

const CATEGORY: Record<FlagCategory, string> = {
  profanity: 'profanity', insult: 'insults or harassment', hate: 'hate speech', violence: 'violence or threats',
  sexual: 'sexual content', drugs: 'drugs', gambling: 'online-gambling promotion', scam: 'scam or get-rich-quick pitch',
  misinformation: 'misinformation or hoax', confidential: 'confidential employer information', personal_data: 'personal data',
  undisclosed_sponsorship: 'undisclosed sponsorship', engagement_anomaly: 'engagement anomaly', inconsistent_claims: 'inconsistent claims',
};

const CONTRADICTION: Record<ContradictionKind, string> = {
  seniority: 'seniority', role: 'role', years: 'years of experience', employer: 'current employer', location: 'location',
};

const RISK_ADVICE: Record<FlagCategory, TitledText> = {
  profanity: { title: 'Remove the profanity', detail: 'Swearing reads as unprofessional to most recruiters; edit or delete these posts.' },
  insult: { title: 'Delete the insults', detail: 'Insulting people, especially a boss or colleagues, is the content recruiters react to most; delete or archive these posts.' },
  hate: { title: 'Remove the hateful content now', detail: 'Attacks on groups (SARA: ethnicity, religion, race, social group) are a red flag for any employer and may be illegal; delete them.' },
  violence: { title: 'Remove the threats', detail: 'Threatening language is a red flag for any employer; delete these posts.' },
  sexual: { title: 'Remove the sexual content', detail: 'Keep sexual content off the profiles you show employers.' },
  drugs: { title: 'Remove the drug references', detail: 'References to drug use or sale are a red flag for employers; delete them.' },
  gambling: { title: 'Remove the online-gambling promotion', detail: 'Promoting online gambling (slot, gacor, maxwin, referral links) is illegal in Indonesia and a red flag for any employer; delete the posts and the bio text.' },
  scam: { title: 'Remove the get-rich-quick pitch', detail: 'Promises of quick money ("small capital, big returns") look like a scam and cost trust; delete them.' },
  misinformation: { title: 'Remove the hoax content', detail: 'Spreading unverified claims hurts credibility; delete the post or correct it with a source.' },
  confidential: { title: 'Remove the confidential employer information', detail: 'Sharing internal information (salaries, unreleased numbers, internal documents) tells a recruiter you may leak theirs; delete it.' },
  personal_data: { title: 'Remove your personal data', detail: 'Phone numbers, home addresses, ID or account numbers in public posts invite fraud; remove them and use the platform\'s messages instead.' },
  undisclosed_sponsorship: { title: 'Disclose sponsored and affiliate posts', detail: 'Selling with codes, "link in bio" or the yellow basket without a disclosure misleads followers; add #ad or #iklan at the start.' },
  engagement_anomaly: { title: 'Explain or clean up the follower count', detail: 'Followers far above the engagement they bring look bought.' },
  inconsistent_claims: { title: 'Make your claims agree', detail: 'Different stories on different platforms make a recruiter doubt all of them.' },
};

export const en: Messages = {
  locale: 'en',
  platform: { linkedin: 'LinkedIn', x: 'X', instagram: 'Instagram', tiktok: 'TikTok', github: 'GitHub', facebook: 'Facebook', website: 'website', other: 'other profile' },
  componentLabel: {
    identity: 'One identity', claims: 'Claims agree', niche: 'One niche', voice: 'Voice fits each platform', activity: 'Activity',
    professionalism: 'Professionalism', sentiment: 'Sentiment balance', emotional_control: 'Emotional control', promotion: 'Promotion balance',
    headline: 'Headline clarity', about: 'About / value proposition', achievements: 'Quantified achievements', skills: 'Skills and tools',
    knowledge_sharing: 'Knowledge sharing', credentials: 'Credentials', portfolio: 'Portfolio links', engagement: 'Engagement quality',
    target_fit: 'Fit to target role',
  },
  dimensionLabel: { consistency: 'Consistency', tone: 'Tone', professional: 'Professional signals' },
  categoryLabel: CATEGORY,
  severityLabel: { info: 'info', warning: 'warning', critical: 'critical' },
  familyLabel: (family) => FAMILY[family] ?? family,
  contradictionLabel: CONTRADICTION,

  metricsExcerpt: ({ followers, following, likes, comments, ratePct }) =>
    [
      `followers ${num(followers)}`,
      following === undefined ? undefined : `following ${num(following)}`,
      likes === undefined ? undefined : `avg likes ${decimal(likes, '.')}`,
      comments === undefined ? undefined : `avg comments ${decimal(comments, '.')}`,
      `engagement rate ${pct(ratePct)}`,
    ].filter((part) => part !== undefined).join('; '),

  explain: {
    identity: ({ pairs, similarityPct }) => `Names and handles compared across ${pairs} ${plural(pairs, 'pair', 'pairs')} of profiles: ${round(similarityPct)}% similar on average.`,
    claims: ({ claims, contradictions }) =>
      contradictions.length === 0
        ? `${claims} claims found (roles, seniority, experience, employers, education); none contradict each other.`
        : `${claims} claims found; ${contradictions.length} ${plural(contradictions.length, 'contradiction', 'contradictions')}: ${listOf(contradictions.map((kind) => CONTRADICTION[kind]), 'and')}.`,
    niche: ({ family, onNichePct, overlapPct, units }) =>
      `Main topic: ${FAMILY[family] ?? family}; ${round(onNichePct)}% of ${units} texts with a topic stay on it` +
      (overlapPct === undefined ? '.' : `; topic overlap between profiles ${round(overlapPct)}%.`),
    voice: ({ sources, worstPlatform, worstInformalPct }) =>
      round(worstInformalPct) === 0
        ? `Style checked on ${sources} ${plural(sources, 'profile', 'profiles')}: no slang or informal words anywhere.`
        : `Style checked on ${sources} ${plural(sources, 'profile', 'profiles')}; the most casual is ${en.platform[worstPlatform]} with ${round(worstInformalPct)}% slang or informal words.`,
    activity: ({ datedPosts, worstDays, referenceGiven, medianGap }) =>
      [
        `${datedPosts} dated ${plural(datedPosts, 'post', 'posts')}`,
        worstDays === undefined ? undefined : `the least recent profile last posted ${worstDays} days before ${referenceGiven ? 'the reference date' : 'the newest date in the profile'}`,
        medianGap === undefined ? undefined : `median gap between posts ${round(medianGap)} days`,
      ].filter((part) => part !== undefined).join('; ') + '.',
    professionalism: ({ words, informal, informalPct, emoji, exclamations, shouted, profanity }) =>
      `${words} words: ${informal} slang or informal (${round(informalPct)}%), ${emoji} emoji, ${exclamations} exclamation marks, ${shouted} shouted words, ${profanity} profanities; judged against each platform's norms.`,
    sentiment: ({ units, negative, attacks }) =>
      `${negative} of ${units} posts and bios are negative; ${attacks} attack or complain about an employer, colleagues or others.`,
    emotionalControl: ({ units, outbursts }) => `${outbursts} of ${units} posts and bios read as angry outbursts (strong negativity with shouting, !!, swearing or insults).`,
    promotion: ({ units, selling }) => `${selling} of ${units} posts and bios are hard selling (promo cues, referral codes, gambling or sponsorship); up to 20% is fine.`,
    headline: ({ platform, hasRole, skills, hasValue, fromAbout, creditPct }) =>
      `${fromAbout ? `No headline; the about text stands in (${creditPct}% credit)` : `Best headline (${en.platform[platform]})`}: ` +
      `${hasRole ? 'names a role' : 'no role'}, ${skills} ${plural(skills, 'skill', 'skills')}, ${hasValue ? 'states a value or result' : 'no value or result'}.`,
    headlineMissing: () => 'No headline and no about text to read a role from.',
    about: ({ platform, words, hasValue, namesWork, quantified }) =>
      `Best about text (${en.platform[platform]}): ${words} words, ${hasValue ? 'with' : 'without'} a value proposition, ${namesWork ? 'names roles or skills' : 'names no role or skill'}, ${quantified ? 'with' : 'without'} a measured result.`,
    aboutMissing: () => 'No about or bio text.',
    achievements: ({ count }) => `${count} quantified ${plural(count, 'achievement', 'achievements')} (a number with a unit or % next to what was done); three or more score full marks.`,
    skills: ({ count, names }) => (count === 0 ? 'No skills or tools named.' : `${count} distinct skills and tools named: ${names.join(', ')}.`),
    knowledgeSharing: ({ posts, sharing }) => (posts === 0 ? 'No posts, so no knowledge shared yet.' : `${sharing} of ${posts} posts share knowledge (how-tos, guides, tips, threads, talks).`),
    credentials: ({ degree, certificate }) => `${degree ? 'Degree or school named' : 'No degree named'}; ${certificate ? 'certificate or licence named' : 'no certificate named'}.`,
    portfolio: ({ links }) => (links.length === 0 ? 'No portfolio or personal site linked.' : `Links to work: ${links.join(', ')}.`),
    engagement: (items) =>
      items.map((item) => `${en.platform[item.platform]}: engagement ${pct(item.ratePct)} vs typical ${pct(item.normPct)}${item.followBack ? ', follows back a large share of followers' : ''}`).join('; ') + '.',
    targetFit: ({ target, roleMatch, skills }) =>
      `Target "${target}": ${roleMatch === 'exact' ? 'the profile claims this role' : roleMatch === 'related' ? 'the profile claims a related role' : 'the profile does not claim this role'}; ${skills.length} fitting skills${skills.length ? ` (${skills.slice(0, 5).join(', ')})` : ''}.`,
    targetFitWords: ({ target, found, wanted }) => `Target "${target}": ${found} of ${wanted} of its words appear in the headline or about text.`,
  },

  flag: {
    risk: ({ category, platform, count, reason }) =>
      `${capitalise(CATEGORY[category])} on ${en.platform[platform]} (${count} ${plural(count, 'passage', 'passages')})${reason ? `: ${reason}` : '.'}`,
    engagement: ({ platform, ratePct, normPct, followers, following, lowEngagement, followBack }) =>
      `${en.platform[platform]}: ${num(followers)} followers but engagement of ${pct(ratePct)} (typical ${pct(normPct)})` +
      (lowEngagement ? ', far below what an audience this size gives' : '') +
      (followBack && following !== undefined ? `; follows ${num(following)} accounts, a sign of follow-for-follow growth` : '') +
      '. Possibly bought or inactive followers.',
    contradiction: ({ kind, firstPlatform, first, secondPlatform, second }) =>
      `Claims about ${CONTRADICTION[kind]} disagree: ${en.platform[firstPlatform]} says "${first}" but ${en.platform[secondPlatform]} says "${second}".`,
    nameMismatch: ({ aPlatform, aName, bPlatform, bName }) =>
      `Different names: "${aName}" on ${en.platform[aPlatform]} and "${bName}" on ${en.platform[bPlatform]}.`,
  },

  suggest: {
    risk: ({ category, platform, count }) => {
      const advice = RISK_ADVICE[category];
      return { title: `${advice.title} (${en.platform[platform]})`, detail: `${advice.detail} ${count} ${plural(count, 'passage', 'passages')} found.` };
    },
    sponsorshipExample: () => '#ad | Paid partnership',
    engagement: ({ platform, ratePct, normPct }) => ({
      title: `Rebuild real engagement on ${en.platform[platform]}`,
      detail: `Engagement is ${pct(ratePct)} against a typical ${pct(normPct)}. Recruiters value 100 followers who respond over thousands who don't: remove bought or inactive followers and post for the audience you want.`,
    }),
    contradiction: ({ kind, firstPlatform, first, secondPlatform, second }) => ({
      title: `Make your ${CONTRADICTION[kind]} agree across profiles`,
      detail: `${en.platform[firstPlatform]} says "${first}" while ${en.platform[secondPlatform]} says "${second}". Update the outdated one, or explain the change (e.g. a career switch) so both read as one true story.`,
    }),
    identity: ({ name }) => ({
      title: 'Use one name across your profiles',
      detail: `Recruiters search for you by name; different display names and handles make the profiles look like different people.${name ? ` "${name}" is the name on your most professional profile.` : ''}`,
    }),
    headline: ({ hasRole, skills, hasValue, missing }) => ({
      title: missing ? 'Add a headline' : 'Sharpen your headline',
      detail: missing
        ? 'A headline is the first line a recruiter reads. Say your role, your specialty and the value you bring.'
        : `A strong headline has a role, a specialty and a value. Yours ${hasRole ? 'names a role' : 'names no role'}, ${skills} ${plural(skills, 'skill', 'skills')} and ${hasValue ? 'a value' : 'no value or result'}.`,
    }),
    about: ({ missing, hasValue, quantified, words }) => ({
      title: missing ? 'Write an about section' : 'Turn your about text into a value proposition',
      detail: missing
        ? 'Three or four sentences: what you do, for whom, with which tools, and one result you are proud of.'
        : `Your about text has ${words} words${hasValue ? '' : ', no value proposition'}${quantified ? '' : ', no measured result'}. Say whom you help and how, and back it with one result.`,
    }),
    aboutExample: ({ role, skills, proof }) =>
      [role ? `${role}${skills.length ? ` working with ${listOf(skills, 'and')}` : ''}.` : skills.length ? `I work with ${listOf(skills, 'and')}.` : undefined, proof]
        .filter((part) => part !== undefined).join(' '),
    achievements: ({ count }) => ({
      title: 'Quantify your achievements',
      detail: `${count === 0 ? 'No result is measured yet.' : `Only ${count} measured ${plural(count, 'result', 'results')}.`} Add how much, how many or how fast to what you did (%, hours saved, users, revenue).`,
    }),
    achievementsExample: (sentence) => `${sentence} → add the result: by how much, for how many, in what time (e.g. "…, cutting <time or cost> by <N>%")`,
    skills: ({ count }) => ({
      title: 'Name your skills and tools',
      detail: `${count === 0 ? 'No skill or tool is named.' : `Only ${count} named.`} Recruiters search by tool names; list the ones you really use in your headline or about text.`,
    }),
    skillsExample: (names) => `Skills: ${names.join(', ')}`,
    knowledgeSharing: ({ posts }) => ({
      title: 'Share what you know',
      detail: `${posts === 0 ? 'There are no posts yet.' : 'None of your posts teaches something.'} A short how-to, a lesson learned or a talk shows expertise better than any claim.`,
    }),
    knowledgeExample: ({ skill, role }) => `"${role ? `${role} notes: how` : 'How'} I use ${skill}, a short guide"`,
    credentials: ({ role }) => ({
      title: 'List your credentials',
      detail: `No degree, certificate or licence is named${role ? ` anywhere in your ${role} profile` : ''}. Name the ones you hold, with the issuer, in your about text.`,
    }),
    portfolio: ({ role, kind }) => ({
      title: kind === 'clinical' ? 'Show your licence and certificates' : 'Link to your work',
      detail: `${kind === 'clinical' ? 'Your registration and training are not easy to check.' : 'No portfolio is linked.'} ${EN_PROOF[kind]}${role ? ` as ${role}` : ''} lets a recruiter check your claims in one click.`,
    }),
    portfolioExample: (handle) => `Portfolio: github.com/${handle}`,
    activity: ({ worstDays, medianGap, uneven }) => ({
      title: 'Post regularly',
      detail: [
        worstDays === undefined ? undefined : `One profile has been quiet for ${worstDays} days.`,
        medianGap === undefined ? undefined : uneven ? `Your posts come in bursts with long pauses (median gap ${round(medianGap)} days).` : `The median gap between posts is ${round(medianGap)} days.`,
        'A steady rhythm, weekly or every two weeks, keeps your audience.',
      ].filter((part) => part !== undefined).join(' '),
    }),
    niche: ({ family, offPlatforms }) => ({
      title: 'Pick one niche and stay on it',
      detail: `Most of your content is about ${FAMILY[family] ?? family}${offPlatforms.length ? `, but your ${listOf(offPlatforms.map((platform) => en.platform[platform]), 'and')} ${plural(offPlatforms.length, 'profile is', 'profiles are')} about something else` : ''}. Keep side interests on a separate, private account, or connect them to your professional story.`,
    }),
    voice: ({ platform, words }) => ({
      title: `Write more formally on ${en.platform[platform]}`,
      detail: `Slang and abbreviations${words.length ? ` (${words.slice(0, 5).join(', ')})` : ''} read as careless to recruiters on this platform.`,
    }),
    professionalism: ({ words, emoji, exclamations, shouted }) => ({
      title: 'Tone down slang, emoji and shouting',
      detail: `Found ${words.length ? `slang such as ${words.slice(0, 5).join(', ')}, ` : ''}${emoji} emoji, ${exclamations} exclamation marks and ${shouted} words in capitals. Write as you would to a client.`,
    }),
    sentiment: ({ negative, attacks }) => ({
      title: 'Keep complaints off public profiles',
      detail: `${negative} negative ${plural(negative, 'post', 'posts')}${attacks ? `, ${attacks} attacking an employer, colleagues or others` : ''}. A future employer reads them as what you would say about them; archive them.`,
    }),
    emotionalControl: ({ outbursts }) => ({
      title: 'Avoid posting in anger',
      detail: `${outbursts} ${plural(outbursts, 'post reads', 'posts read')} as an outburst. Recruiters look at how you express emotion in writing; edit or archive them.`,
    }),
    promotion: ({ selling, units }) => ({
      title: 'Balance selling with value',
      detail: `${selling} of ${units} posts and bios are hard selling. Too much promotion costs trust; keep it under one in five and share useful content in between.`,
    }),
    targetFit: ({ target, roleMatch }) => ({
      title: `Show that you fit "${target}"`,
      detail: roleMatch === 'exact'
        ? `Name more of the skills a ${target} uses, but only those you really have.`
        : `Your profile does not yet present you as ${target}. If that is your goal, say so in your headline and name the matching skills you have.`,
    }),
    headlineYears: (years) => `${years} years of experience`,
  },

  summary: {
    sources: ({ count, platforms }) => `${count} public ${plural(count, 'profile', 'profiles')} reviewed: ${listOf(platforms.map((platform) => en.platform[platform]), 'and')}.`,
    role: ({ role, skills }) =>
      role ? `Presents as ${role}${skills.length ? `; named skills: ${skills.join(', ')}` : ''}.` : skills.length ? `Named skills: ${skills.join(', ')}.` : undefined,
    scores: ({ overall, grade, consistency, tone, professional }) =>
      `Overall ${overall}/100 (${grade}): consistency ${consistency ?? 'not measurable'}, tone ${tone ?? 'not measurable'}, professional signals ${professional ?? 'not measurable'}.`,
    riskDeduction: ({ points, flags }) => `The overall score includes a deduction of ${points} points for ${flags} risk ${plural(flags, 'flag', 'flags')}.`,
    flags: ({ critical, warning, info }) =>
      critical + warning + info === 0 ? 'No risk flags.' : `Flags: ${critical} critical, ${warning} ${plural(warning, 'warning', 'warnings')}, ${info} info.`,
    strength: ({ label, value, explanation }) => `${label} (${value}): ${explanation}`,
    concern: ({ label, value, explanation }) => `${label} (${value}): ${explanation}`,
    disclaimer:
      'Automated advice from public profile text, not a hiring decision. It may miss context; protected characteristics (religion, ethnicity, gender, age, family status, health, political views and the like) are never scored. The candidate can see this same summary.',
  },

  cli: {
    title: 'Citra personal-brand audit',
    overall: 'Overall',
    flags: 'Flags',
    noFlags: 'No flags.',
    suggestions: 'Suggestions',
    noSuggestions: 'No suggestions.',
    recruiterSummary: 'What a recruiter sees',
    strengths: 'Strengths',
    concerns: 'Concerns',
    gain: 'expected gain',
    example: 'Example',
    weight: 'weight',
    language: 'Language',
    notMeasurable: 'not measurable (too little text)',
  },
};

function capitalise(value: string): string {
  return value.length === 0 ? value : value[0].toUpperCase() + value.slice(1);
}
