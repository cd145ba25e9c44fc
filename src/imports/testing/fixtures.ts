/**
 * Invented exports of an invented candidate, Bayu Santoso, a data engineer who writes in English
 * and Indonesian, laid out as each platform writes its download (docs/imports.md). Each archive
 * also holds the entries an import must never open (messages, contacts, connections, searches,
 * ad data, IP logs...), every one carrying PRIVATE, so a test can prove it was neither opened nor
 * copied.
 */
import { csv, type Entries, metaMojibake, type PdfLine, twitterDate, ytd } from './builders';

/** In every entry and field an import must not read; it must never appear in a result. */
export const PRIVATE = 'PRIVATE-7f3a';

const at = (iso: string) => twitterDate(iso);

function tweet(id: string, text: string, iso: string, extra: Record<string, unknown> = {}) {
  return {
    tweet: {
      edit_info: { initial: { editTweetIds: [id], editableUntil: iso, editsRemaining: '5', isEditEligible: true } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', String(text.length)],
      favorite_count: '4',
      id_str: id,
      truncated: false,
      retweet_count: '1',
      id,
      created_at: at(iso),
      favorited: false,
      full_text: text,
      lang: 'en',
      ...extra,
    },
  };
}

export const X_TWEETS = [
  tweet('1001', 'Wrote up how we cut our nightly Airflow run from 3h to 40 min by partitioning the fact tables &amp; skipping unchanged days.', '2026-01-10T09:15:00Z', {
    favorite_count: '38',
    retweet_count: '7',
  }),
  tweet('1002', 'Tips dbt buat pemula: mulai dari staging model yang rapi, baru bikin mart. Jangan langsung join 10 tabel.', '2026-01-05T03:20:00Z', { favorite_count: '21', lang: 'in' }),
  tweet('1003', 'Thanks @andi_pratama for the review on the ingestion PR, learned a lot about idempotent loads.', '2025-12-20T11:00:00Z', {
    entities: { hashtags: [], symbols: [], urls: [], user_mentions: [{ name: 'Andi Pratama', screen_name: 'andi_pratama', indices: ['7', '20'], id_str: '555', id: '555' }] },
  }),
  tweet('1004', 'Slides from my talk at the Surabaya data meetup: https://t.co/abc123', '2025-12-02T13:45:00Z', {
    entities: { hashtags: [], symbols: [], user_mentions: [], urls: [{ url: 'https://t.co/abc123', expanded_url: 'https://bayu.example.dev/talks/airflow', display_url: 'bayu.example.dev/talks/airflow', indices: ['47', '70'] }] },
  }),
  tweet('1005', 'RT @someone_else: Big news about a framework release', '2025-11-30T08:00:00Z', { retweeted: false }),
  tweet('1006', '@dewi_k setuju, backfill harus bisa diulang tanpa duplikat.', '2025-11-28T02:10:00Z', {
    in_reply_to_status_id_str: '777',
    in_reply_to_user_id_str: '888',
    in_reply_to_screen_name: 'dewi_k',
  }),
  tweet('1007', 'Part 2: the same trick works for incremental dbt models.', '2026-01-10T09:20:00Z', {
    in_reply_to_status_id_str: '1001',
    in_reply_to_user_id_str: '42424242',
    in_reply_to_screen_name: 'bayusantoso',
  }),
];

export const X_OLDER_TWEETS = [tweet('0901', 'Belajar Spark dari nol, catatan minggu pertama.', '2025-06-01T07:00:00Z')];

export function xArchiveEntries(): Entries {
  return {
    'data/manifest.js': `window.__THAR_CONFIG = ${JSON.stringify({ userInfo: { accountId: '42424242', userName: 'bayusantoso', displayName: 'Bayu Santoso' } })}`,
    'data/account.js': ytd('account', [
      {
        account: {
          email: `bayu.${PRIVATE}@example.com`,
          createdVia: 'web',
          username: 'bayusantoso',
          accountId: '42424242',
          createdAt: '2015-03-01T10:00:00.000Z',
          accountDisplayName: 'Bayu Santoso',
        },
      },
    ]),
    'data/profile.js': ytd('profile', [
      {
        profile: {
          description: { bio: 'Data engineer. Pipelines, Airflow, dbt. Kadang nulis soal kopi.', website: 'https://bayu.example.dev', location: `Surabaya ${PRIVATE}` },
          avatarMediaUrl: 'https://pbs.twimg.com/profile_images/1/avatar.jpg',
        },
      },
    ]),
    'data/tweets.js': ytd('tweets', X_TWEETS),
    'data/tweets-part1.js': ytd('tweets', X_OLDER_TWEETS),
    'data/direct-messages.js': ytd('directMessages', [{ dmConversation: { conversationId: '1-2', messages: [{ messageCreate: { text: `see you at 7 ${PRIVATE}` } }] } }]),
    'data/direct-messages-group.js': ytd('directMessagesGroup', [{ dmConversation: { messages: [{ messageCreate: { text: PRIVATE } }] } }]),
    'data/follower.js': ytd('follower', [{ follower: { accountId: '555', userLink: `https://twitter.com/intent/user?user_id=555&${PRIVATE}` } }]),
    'data/following.js': ytd('following', [{ following: { accountId: '556' } }]),
    'data/contact.js': ytd('contact', [{ contact: { emails: [`friend.${PRIVATE}@example.com`] } }]),
    'data/ip-audit.js': ytd('ipAudit', [{ ipAudit: { loginIp: `10.0.0.1 ${PRIVATE}` } }]),
    'data/ad-engagements.js': ytd('adEngagements', [{ ad: { adsUserData: { note: PRIVATE } } }]),
    'data/ageinfo.js': ytd('ageinfo', [{ ageMeta: { ageInfo: { birthDate: `1994-04-03 ${PRIVATE}` } } }]),
    'data/like.js': ytd('like', [{ like: { fullText: `someone else's words ${PRIVATE}` } }]),
    'data/tweets_media/1001-photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
  };
}

export function linkedinExportEntries(): Entries {
  return {
    'Profile.csv': csv([
      ['First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Headline', 'Summary', 'Industry', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers'],
      [
        'Bayu',
        'Santoso',
        PRIVATE,
        `Jl. Darmo 12 ${PRIVATE}`,
        `Apr 3, 1994 ${PRIVATE}`,
        'Data Engineer | Airflow, dbt, BigQuery | Reliable pipelines for retail analytics',
        'I build data pipelines that analysts trust. At Tokobaru I moved 40 nightly jobs to Airflow and cut failed runs by 70%.\nSaya juga mengajar SQL dasar di komunitas data Surabaya.',
        'Software Development',
        `60241 ${PRIVATE}`,
        `Surabaya ${PRIVATE}`,
        '[bayusantoso]',
        '[PORTFOLIO:https://bayu.example.dev]',
        `[${PRIVATE}]`,
      ],
    ]),
    'Positions.csv': csv([
      ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
      ['Tokobaru', 'Data Engineer', 'Own the ingestion platform: 40 Airflow DAGs, dbt models for finance and merchandising. Cut warehouse cost by 25%.', `Surabaya ${PRIVATE}`, 'Mar 2023', ''],
      ['Kopi Nusantara', 'Data Analyst', 'Weekly sales dashboards in Looker Studio for 35 outlets.', 'Malang', 'Jul 2020', 'Feb 2023'],
    ]),
    'Education.csv': csv([
      ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
      ['Institut Teknologi Sepuluh Nopember', '2014', '2018', '', 'S.Kom., Sistem Informasi', 'Himpunan Mahasiswa'],
    ]),
    'Skills.csv': csv([['Name'], ['Apache Airflow'], ['dbt'], ['SQL'], ['Python'], ['BigQuery']]),
    'Certifications.csv': csv([
      ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'],
      ['Google Cloud Professional Data Engineer', 'https://www.credential.example/gcp-de', 'Google Cloud', 'May 2024', '', `LIC-${PRIVATE}`],
    ]),
    'Shares.csv': csv([
      ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'],
      ['2026-01-12 08:30:00', 'https://www.linkedin.com/feed/update/urn:li:share:1', 'Three things I check before trusting a new data source: freshness, row counts against the source system, and null rates on join keys.', '', '', 'MEMBER_NETWORK'],
      ['2025-12-18 02:05:00', 'https://www.linkedin.com/feed/update/urn:li:share:2', 'Senang sekali bisa berbagi di meetup data Surabaya soal orkestrasi pipeline dengan Airflow. Slide ada di bawah.', 'https://bayu.example.dev/talks/airflow', '', 'MEMBER_NETWORK'],
      ['2025-11-03 10:00:00', 'https://www.linkedin.com/feed/update/urn:li:share:3', `Only for my connections ${PRIVATE}`, '', '', 'CONNECTIONS'],
      ['2025-10-01 09:00:00', 'https://www.linkedin.com/feed/update/urn:li:share:4', '', 'https://news.example.com/article', '', 'MEMBER_NETWORK'],
    ]),
    'Articles/Articles/idempotent-pipelines-in-practice.html':
      '<html><head><title>Idempotent pipelines in practice</title><style>body{font-family:serif}</style></head><body><h1><a href="https://www.linkedin.com/pulse/idempotent-pipelines-bayu-santoso">Idempotent pipelines in practice</a></h1><p>A pipeline you cannot rerun safely is a pipeline you will be afraid of.</p><p>Here is the checklist we use at work.</p></body></html>',
    'messages.csv': csv([
      ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'],
      ['1', '', 'Recruiter', '', 'Bayu', '', '2026-01-01', 'Hi', PRIVATE, 'INBOX'],
    ]),
    'Connections.csv': `Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n${csv([
      ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      ['Andi', 'Pratama', '', `andi.${PRIVATE}@example.com`, 'Tokobaru', 'Analyst', '01 Jan 2024'],
    ])}`,
    'Invitations.csv': csv([['From', 'To', 'Sent At', 'Message', 'Direction'], ['Bayu', 'Dewi', '2025-01-01', PRIVATE, 'OUTGOING']]),
    'SearchQueries.csv': csv([['Time', 'Search Query'], ['2025-01-01', PRIVATE]]),
    'Ad_Targeting.csv': csv([['Member Age', 'Company Names'], [PRIVATE, 'x']]),
    'PhoneNumbers.csv': csv([['Extension', 'Number', 'Type'], ['', `0812 ${PRIVATE}`, 'Mobile']]),
    'Email Addresses.csv': csv([['Email Address', 'Confirmed', 'Primary', 'Updated On'], [`bayu.${PRIVATE}@example.com`, 'Yes', 'Yes', '']]),
    'Registration.csv': csv([['Registered At', 'Registration Ip', 'Subscription Types'], ['2015-01-01', `10.0.0.1 ${PRIVATE}`, '']]),
    'Security Challenges.csv': csv([['Challenge Date', 'IP Address', 'User Agent', 'Country', 'Challenge Type'], ['2025-01-01', PRIVATE, '', 'ID', '']]),
    'Jobs/Job Applications.csv': csv([['Application Date', 'Contact Email', 'Company Name'], ['2025-01-01', PRIVATE, 'Acme']]),
    'Inferences_about_you.csv': csv([['Category', 'Type of inference', 'Description', 'Inference'], ['x', 'x', 'x', PRIVATE]]),
  };
}

export function instagramEntries(): Entries {
  const post = (title: string, timestamp: number) => ({
    media: [
      {
        uri: `media/posts/202601/${timestamp}.jpg`,
        creation_timestamp: timestamp,
        media_metadata: { photo_metadata: { exif_data: [{ latitude: -7.2575, longitude: 112.7521, device_id: PRIVATE }] } },
        title: metaMojibake(title),
        cross_post_source: { source_app: 'FB' },
      },
    ],
  });
  return {
    'personal_information/personal_information/personal_information.json': JSON.stringify({
      profile_user: [
        {
          media_map_data: { 'Profile Photo': { uri: 'media/profile/1.jpg', creation_timestamp: 1700000000 } },
          string_map_data: {
            Email: { href: '', value: `bayu.${PRIVATE}@example.com`, timestamp: 0 },
            'Phone Number': { href: '', value: `+62812${PRIVATE}`, timestamp: 0 },
            Username: { href: '', value: 'bayu.santoso', timestamp: 0 },
            Name: { href: '', value: 'Bayu Santoso', timestamp: 0 },
            Bio: { href: '', value: metaMojibake('Data engineer ☕ Surabaya → kopi & pipeline'), timestamp: 0 },
            Gender: { href: '', value: PRIVATE, timestamp: 0 },
            'Date of birth': { href: '', value: PRIVATE, timestamp: 0 },
            Website: { href: '', value: 'https://bayu.example.dev', timestamp: 0 },
            'Private Account': { href: '', value: 'False', timestamp: 0 },
          },
        },
      ],
    }),
    'your_instagram_activity/media/posts_1.json': JSON.stringify([
      post('Ngopi sambil debugging DAG yang gagal jam 3 pagi ☕ #dataengineering', 1767830400),
      post('Dokumentasi meetup kemarin, terima kasih @komunitas.data.sby! Materi soal Airflow dan dbt.', 1766620800),
      { media: [{ uri: 'media/posts/202512/x.jpg', creation_timestamp: 1765000000, title: '' }] },
    ]),
    'your_instagram_activity/media/reels.json': JSON.stringify({
      ig_reels_media: [{ media: [{ uri: 'media/reels/1.mp4', creation_timestamp: 1767916800, title: metaMojibake('3 tips SQL window function dalam 60 detik 🎬') }] }],
    }),
    'your_instagram_activity/messages/inbox/dewi_123/message_1.json': JSON.stringify({ participants: [{ name: 'Dewi' }], messages: [{ content: PRIVATE }] }),
    'connections/followers_and_following/followers_1.json': JSON.stringify([{ string_list_data: [{ value: `follower_${PRIVATE}` }] }]),
    'your_instagram_activity/likes/liked_posts.json': JSON.stringify({ likes_media_likes: [{ title: PRIVATE }] }),
    'your_instagram_activity/comments/post_comments_1.json': JSON.stringify([{ string_map_data: { Comment: { value: PRIVATE } } }]),
    'logged_information/recent_searches/account_searches.json': JSON.stringify({ searches_user: [{ string_map_data: { Search: { value: PRIVATE } } }] }),
    'ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json': JSON.stringify({ ig_custom_audiences_all_types: [{ advertiser_name: PRIVATE }] }),
    'security_and_login_information/login_and_profile_creation/login_activity.json': JSON.stringify({ account_history_login_history: [{ string_map_data: { 'IP Address': { value: PRIVATE } } }] }),
    'personal_information/information_about_you/profile_based_in.json': JSON.stringify({ inferred_data_primary_location: [{ string_map_data: { 'City Name': { value: PRIVATE } } }] }),
  };
}

export function facebookEntries(): Entries {
  return {
    'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': JSON.stringify([
      {
        timestamp: 1767600000,
        data: [{ post: metaMojibake('Alhamdulillah, hari pertama jadi mentor di bootcamp data. Semoga bermanfaat buat teman-teman 🙏'), update_timestamp: 1767600000 }],
        title: metaMojibake('Bayu Santoso updated his status.'),
        tags: [{ name: `Tagged Friend ${PRIVATE}` }],
      },
      {
        timestamp: 1764000000,
        attachments: [{ data: [{ place: { name: 'Kopi Kenangan', address: `Jl. Raya ${PRIVATE}`, coordinate: { latitude: -7.2, longitude: 112.7 } } }] }],
        data: [{ post: 'Finally shipped the new data quality checks at work. 0 broken dashboards this week!' }],
        title: 'Bayu Santoso was at Kopi Kenangan.',
      },
      { timestamp: 1763000000, attachments: [{ data: [{ media: { uri: 'photos/1.jpg', title: PRIVATE } }] }], title: 'Bayu Santoso added a new photo.' },
    ]),
    'your_facebook_activity/messages/inbox/dewi_1/message_1.json': JSON.stringify({ messages: [{ content: PRIVATE }] }),
    'connections/friends/your_friends.json': JSON.stringify({ friends_v2: [{ name: `Friend ${PRIVATE}` }] }),
    'personal_information/profile_information/profile_information.json': JSON.stringify({ profile_v2: { name: { full_name: 'Bayu Santoso' }, birthday: { year: 1994, note: PRIVATE }, current_city: { name: PRIVATE } } }),
    'logged_information/search/your_search_history.json': JSON.stringify({ searches_v2: [{ data: [{ text: PRIVATE }] }] }),
    'ads_information/advertisers_using_your_activity_or_information.json': JSON.stringify({ custom_audiences_all_types_v2: [{ advertiser_name: PRIVATE }] }),
    'security_and_login_information/ip_address_activity.json': JSON.stringify({ used_ip_address_v2: [{ ip: PRIVATE }] }),
  };
}

export function tiktokDocument(): string {
  return JSON.stringify({
    'Profile And Settings': {
      'Profile Info': {
        App: 1,
        ProfileMap: {
          PlatformInfo: [],
          bioDescription: 'Data engineer 🇮🇩 | tips SQL & Airflow tiap Senin',
          birthDate: PRIVATE,
          displayName: 'Bayu Santoso',
          emailAddress: `bayu.${PRIVATE}@example.com`,
          followerCount: 1520,
          followingCount: 180,
          inferredGender: PRIVATE,
          likesReceived: '23000',
          telephoneNumber: PRIVATE,
          userName: 'bayu.data',
        },
      },
      Following: { App: 1, Following: [{ Date: '2025-01-01 00:00:00', UserName: `someone_${PRIVATE}` }] },
      Autofill: { Address: PRIVATE, PhoneNumber: PRIVATE },
    },
    'Direct Message': { 'Direct Messages': { ChatHistory: { 'Chat History with dewi:': [{ Date: '2025-01-01 00:00:00', From: 'dewi', Content: PRIVATE }] } } },
    Post: {
      Posts: {
        VideoList: [
          { Date: '2026-01-12 10:00:00', Link: 'https://www.tiktokv.com/share/video/1/', Likes: '412', WhoCanView: 'Everyone', Location: PRIVATE, Title: 'Window function SQL dalam 60 detik #sql #dataengineer' },
          { Date: '2026-01-05 09:30:00', Link: 'https://www.tiktokv.com/share/video/2/', Likes: '96', WhoCanView: 'Everyone', Title: 'How I test Airflow DAGs locally, part 1. Shoutout @rina.codes for the idea' },
          { Date: '2025-12-28 20:00:00', Link: 'https://www.tiktokv.com/share/video/3/', Likes: '3', WhoCanView: 'Friends', Title: `Only friends ${PRIVATE}` },
          { Date: '2025-12-20 20:00:00', Link: 'https://www.tiktokv.com/share/video/4/', Likes: '10', WhoCanView: 'Everyone', Title: '' },
        ],
      },
      'Recently Deleted Posts': { PostList: [] },
    },
    'Your Activity': {
      Searches: { SearchList: [{ Date: '2025-01-01 00:00:00', SearchTerm: PRIVATE }] },
      'Login History': { LoginHistoryList: [{ Date: '2025-01-01 00:00:00', IP: PRIVATE }] },
      'Watch History': { VideoList: [{ Date: '2025-01-01 00:00:00', Link: PRIVATE }] },
    },
    'TikTok Shop': { 'Saved Address Information': { SavedAddress: [{ address: PRIVATE }] } },
  });
}

/** A LinkedIn "Save to PDF" profile, as lines in reading order per column. */
export function linkedinPdfLines(): PdfLine[] {
  const left = (text: string, size = 10): PdfLine => ({ text, size, column: 'left' });
  const main = (text: string, size = 10.5): PdfLine => ({ text, size, column: 'main' });
  return [
    left('Contact', 13),
    left(`bayu.${PRIVATE}@example.com`),
    left(`+62 812 ${PRIVATE} (Mobile)`),
    left('www.linkedin.com/in/bayusantoso (LinkedIn)'),
    left('bayu.example.dev (Portfolio)'),
    left('Top Skills', 13),
    left('Apache Airflow'),
    left('dbt'),
    left('BigQuery'),
    left('Languages', 13),
    left('Indonesian (Native or Bilingual)'),
    left('English (Full Professional)'),
    left('Certifications', 13),
    left('Google Cloud Professional Data Engineer'),
    main('Bayu Santoso', 26),
    main('Data Engineer | Airflow, dbt, BigQuery | Reliable pipelines for retail analytics', 12),
    main(`Surabaya, East Java, Indonesia ${PRIVATE}`, 12),
    main('Summary', 16),
    main('I build data pipelines that analysts trust. At Tokobaru I moved 40 nightly jobs to Airflow and cut failed runs by 70%.'),
    main('Experience', 16),
    main('Tokobaru', 12),
    main('Data Engineer'),
    main('March 2023 - Present (3 years)'),
    main(`Surabaya, East Java, Indonesia ${PRIVATE}`),
    main('Own the ingestion platform: 40 Airflow DAGs, dbt models for finance and merchandising. Cut warehouse cost by 25%.'),
    main('Kopi Nusantara', 12),
    main('Data Analyst'),
    main('July 2020 - February 2023 (2 years 8 months)'),
    main('Weekly sales dashboards in Looker Studio for 35 outlets.'),
    main('Education', 16),
    main('Institut Teknologi Sepuluh Nopember', 12),
    main('Sarjana Komputer, Sistem Informasi · (2014 - 2018)'),
  ];
}
