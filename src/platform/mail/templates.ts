/**
 * Transactional e-mail templates in every portal language. Plain functions: each returns a
 * subject, a text part and an HTML part; values are escaped for HTML.
 */
export const mailLocales = ['en', 'de', 'ja'] as const;
export type MailLocale = (typeof mailLocales)[number];

export type TemplateData = {
  invitation: {
    workspaceName: string;
    inviterName: string;
    role: string;
    acceptUrl: string;
    expiresAt: string;
  };
  password_reset: { name: string; resetUrl: string; expiresAt: string };
  account_locked: { name: string; lockedUntil: string; resetUrl: string };
  webhook_disabled: { workspaceName: string; url: string; reason: string; manageUrl: string };
  digest: { name: string; title: string; items: { text: string; url?: string }[] };
  application_verify: { name: string; programName: string; verifyUrl: string; expiresAt: string };
  application_decided: {
    name: string;
    programName: string;
    outcome: 'approved' | 'rejected';
    reason: string | null;
    url: string;
  };
  application_info_requested: { name: string; programName: string; reason: string; respondUrl: string };
  onboarding_reminder: { name: string; partnerName: string; openTasks: string[]; url: string };
  tier_demotion_warning: {
    name: string;
    partnerName: string;
    programName: string;
    fromTier: string;
    /** null = out of every tier. */
    toTier: string | null;
    dueAt: string;
    explanation: string;
    url: string;
  };
  deal_update: {
    name: string;
    kind: DealMailKind;
    dealTitle: string;
    customerName: string;
    /** The decision's reason, or a detail such as the new protection end. */
    reason: string | null;
    url: string;
  };
};
export type TemplateName = keyof TemplateData;

/** What a deal mail tells: a decision about the partner's registration, or a reviewer's reminder. */
export const dealMailKinds = [
  'approved',
  'rejected',
  'returned',
  'merged',
  'conflict',
  'conflict_resolved',
  'expiring',
  'expired',
  'extension_approved',
  'extension_rejected',
  'review_reminder',
  'review_escalated',
] as const;
export type DealMailKind = (typeof dealMailKinds)[number];

const dealHeadlines: Record<MailLocale, Record<DealMailKind, string>> = {
  en: {
    approved: 'was approved',
    rejected: 'was rejected',
    returned: 'was returned to you for more information',
    merged: 'was merged into an existing deal of this customer',
    conflict: 'conflicts with an earlier registration and awaits a decision',
    conflict_resolved: 'had its conflict resolved',
    expiring: 'is about to lose its protection',
    expired: 'has expired',
    extension_approved: 'got the extension you asked for',
    extension_rejected: 'did not get the extension you asked for',
    review_reminder: 'is waiting for your review',
    review_escalated: 'passed its review deadline and was escalated to you',
  },
  de: {
    approved: 'wurde genehmigt',
    rejected: 'wurde abgelehnt',
    returned: 'wurde zur Ergänzung an Sie zurückgegeben',
    merged: 'wurde mit einem bestehenden Deal dieses Kunden zusammengeführt',
    conflict: 'steht im Konflikt mit einer früheren Registrierung und wartet auf eine Entscheidung',
    conflict_resolved: 'Der Konflikt wurde entschieden',
    expiring: 'verliert bald ihren Schutz',
    expired: 'ist abgelaufen',
    extension_approved: 'wurde wie beantragt verlängert',
    extension_rejected: 'wurde nicht verlängert',
    review_reminder: 'wartet auf Ihre Prüfung',
    review_escalated: 'hat die Prüffrist überschritten und wurde an Sie eskaliert',
  },
  ja: {
    approved: 'が承認されました',
    rejected: 'が却下されました',
    returned: 'について追加情報が求められています',
    merged: 'はこの顧客の既存の案件に統合されました',
    conflict: 'は先行する登録と競合しており、判断待ちです',
    conflict_resolved: 'の競合が解決されました',
    expiring: 'の保護期間がまもなく終了します',
    expired: 'の保護期間が終了しました',
    extension_approved: 'の延長が承認されました',
    extension_rejected: 'の延長は承認されませんでした',
    review_reminder: 'があなたの審査を待っています',
    review_escalated: 'は審査期限を過ぎたため、あなたにエスカレーションされました',
  },
};

type Rendered = { subject: string; lines: string[]; action?: { label: string; url: string } };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const formatTime = (iso: string, locale: MailLocale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  ) + ' UTC';

const templates: { [K in TemplateName]: Record<MailLocale, (d: TemplateData[K]) => Rendered> } = {
  deal_update: {
    en: (d) => ({
      subject: `Deal “${d.dealTitle}” (${d.customerName}) ${dealHeadlines.en[d.kind]}`,
      lines: [
        `Hello ${d.name},`,
        `the deal registration “${d.dealTitle}” for ${d.customerName} ${dealHeadlines.en[d.kind]}.`,
        ...(d.reason ? [`Reason: ${d.reason}`] : []),
      ],
      action: { label: 'Open the deal', url: d.url },
    }),
    de: (d) => ({
      subject: `Deal „${d.dealTitle}“ (${d.customerName}) ${dealHeadlines.de[d.kind]}`,
      lines: [
        `Hallo ${d.name},`,
        `die Deal-Registrierung „${d.dealTitle}“ für ${d.customerName} ${dealHeadlines.de[d.kind]}.`,
        ...(d.reason ? [`Grund: ${d.reason}`] : []),
      ],
      action: { label: 'Deal öffnen', url: d.url },
    }),
    ja: (d) => ({
      subject: `案件「${d.dealTitle}」（${d.customerName}）${dealHeadlines.ja[d.kind]}`,
      lines: [
        `${d.name} 様`,
        `${d.customerName} の案件登録「${d.dealTitle}」${dealHeadlines.ja[d.kind]}。`,
        ...(d.reason ? [`理由: ${d.reason}`] : []),
      ],
      action: { label: '案件を開く', url: d.url },
    }),
  },
  invitation: {
    en: (d) => ({
      subject: `${d.inviterName} invited you to ${d.workspaceName} on Symbio`,
      lines: [
        `${d.inviterName} invited you to join ${d.workspaceName} as ${d.role}.`,
        `The invitation is valid until ${formatTime(d.expiresAt, 'en')}.`,
      ],
      action: { label: 'Accept the invitation', url: d.acceptUrl },
    }),
    de: (d) => ({
      subject: `${d.inviterName} hat Sie zu ${d.workspaceName} auf Symbio eingeladen`,
      lines: [
        `${d.inviterName} hat Sie eingeladen, ${d.workspaceName} als ${d.role} beizutreten.`,
        `Die Einladung gilt bis ${formatTime(d.expiresAt, 'de')}.`,
      ],
      action: { label: 'Einladung annehmen', url: d.acceptUrl },
    }),
    ja: (d) => ({
      subject: `${d.inviterName}さんから Symbio の ${d.workspaceName} への招待が届いています`,
      lines: [
        `${d.inviterName}さんが、${d.role} として ${d.workspaceName} への参加にあなたを招待しました。`,
        `招待の有効期限: ${formatTime(d.expiresAt, 'ja')}`,
      ],
      action: { label: '招待を受け入れる', url: d.acceptUrl },
    }),
  },
  password_reset: {
    en: (d) => ({
      subject: 'Reset your Symbio password',
      lines: [
        `Hello ${d.name},`,
        `Use this link to choose a new password. It works once, until ${formatTime(d.expiresAt, 'en')}.`,
        'If you did not ask for this, ignore this e-mail.',
      ],
      action: { label: 'Choose a new password', url: d.resetUrl },
    }),
    de: (d) => ({
      subject: 'Symbio-Passwort zurücksetzen',
      lines: [
        `Hallo ${d.name},`,
        `mit diesem Link wählen Sie ein neues Passwort. Er funktioniert einmal, bis ${formatTime(d.expiresAt, 'de')}.`,
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.',
      ],
      action: { label: 'Neues Passwort wählen', url: d.resetUrl },
    }),
    ja: (d) => ({
      subject: 'Symbio のパスワードの再設定',
      lines: [
        `${d.name} 様`,
        `以下のリンクから新しいパスワードを設定してください。リンクは ${formatTime(d.expiresAt, 'ja')} まで一度だけ有効です。`,
        'お心当たりがない場合は、このメールを無視してください。',
      ],
      action: { label: '新しいパスワードを設定', url: d.resetUrl },
    }),
  },
  account_locked: {
    en: (d) => ({
      subject: 'Your Symbio account was locked',
      lines: [
        `Hello ${d.name},`,
        `After several failed sign-ins your account is locked until ${formatTime(d.lockedUntil, 'en')}.`,
        'If this was not you, reset your password now.',
      ],
      action: { label: 'Reset password', url: d.resetUrl },
    }),
    de: (d) => ({
      subject: 'Ihr Symbio-Konto wurde gesperrt',
      lines: [
        `Hallo ${d.name},`,
        `nach mehreren fehlgeschlagenen Anmeldungen ist Ihr Konto bis ${formatTime(d.lockedUntil, 'de')} gesperrt.`,
        'Wenn Sie das nicht waren, setzen Sie jetzt Ihr Passwort zurück.',
      ],
      action: { label: 'Passwort zurücksetzen', url: d.resetUrl },
    }),
    ja: (d) => ({
      subject: 'Symbio アカウントがロックされました',
      lines: [
        `${d.name} 様`,
        `サインインに複数回失敗したため、アカウントは ${formatTime(d.lockedUntil, 'ja')} までロックされています。`,
        'お心当たりがない場合は、今すぐパスワードを再設定してください。',
      ],
      action: { label: 'パスワードを再設定', url: d.resetUrl },
    }),
  },
  webhook_disabled: {
    en: (d) => ({
      subject: `Webhook endpoint disabled in ${d.workspaceName}`,
      lines: [
        `Symbio disabled the webhook endpoint ${d.url} after persistent delivery failures.`,
        `Last error: ${d.reason}`,
        'Fix the receiver, enable the endpoint again and replay the failed deliveries.',
      ],
      action: { label: 'Manage webhooks', url: d.manageUrl },
    }),
    de: (d) => ({
      subject: `Webhook-Endpunkt in ${d.workspaceName} deaktiviert`,
      lines: [
        `Symbio hat den Webhook-Endpunkt ${d.url} nach anhaltenden Zustellfehlern deaktiviert.`,
        `Letzter Fehler: ${d.reason}`,
        'Beheben Sie den Empfänger, aktivieren Sie den Endpunkt wieder und stellen Sie die fehlgeschlagenen Zustellungen erneut zu.',
      ],
      action: { label: 'Webhooks verwalten', url: d.manageUrl },
    }),
    ja: (d) => ({
      subject: `${d.workspaceName} の Webhook エンドポイントが無効になりました`,
      lines: [
        `配信の失敗が続いたため、Symbio は Webhook エンドポイント ${d.url} を無効にしました。`,
        `最後のエラー: ${d.reason}`,
        '受信側を修正してからエンドポイントを再度有効にし、失敗した配信を再送してください。',
      ],
      action: { label: 'Webhook を管理', url: d.manageUrl },
    }),
  },
  digest: {
    en: (d) => ({
      subject: d.title,
      lines: [`Hello ${d.name},`, ...d.items.map((i) => `• ${i.text}${i.url ? ` — ${i.url}` : ''}`)],
    }),
    de: (d) => ({
      subject: d.title,
      lines: [`Hallo ${d.name},`, ...d.items.map((i) => `• ${i.text}${i.url ? ` — ${i.url}` : ''}`)],
    }),
    ja: (d) => ({
      subject: d.title,
      lines: [`${d.name} 様`, ...d.items.map((i) => `• ${i.text}${i.url ? ` — ${i.url}` : ''}`)],
    }),
  },
  application_verify: {
    en: (d) => ({
      subject: `Confirm your application to ${d.programName}`,
      lines: [
        `Hello ${d.name},`,
        `thank you for applying to ${d.programName}. Please confirm your e-mail address: your application counts only once it is confirmed.`,
        `The link is valid until ${formatTime(d.expiresAt, 'en')}. If you did not apply, ignore this e-mail.`,
      ],
      action: { label: 'Confirm my application', url: d.verifyUrl },
    }),
    de: (d) => ({
      subject: `Bestätigen Sie Ihre Bewerbung für ${d.programName}`,
      lines: [
        `Hallo ${d.name},`,
        `vielen Dank für Ihre Bewerbung für ${d.programName}. Bitte bestätigen Sie Ihre E-Mail-Adresse: Erst dann zählt Ihre Bewerbung.`,
        `Der Link gilt bis ${formatTime(d.expiresAt, 'de')}. Falls Sie sich nicht beworben haben, ignorieren Sie diese E-Mail.`,
      ],
      action: { label: 'Bewerbung bestätigen', url: d.verifyUrl },
    }),
    ja: (d) => ({
      subject: `${d.programName} へのお申し込みを確認してください`,
      lines: [
        `${d.name} 様`,
        `${d.programName} へのお申し込みありがとうございます。メールアドレスを確認してください。確認後にお申し込みが有効になります。`,
        `リンクの有効期限: ${formatTime(d.expiresAt, 'ja')}。お申し込みに心当たりがない場合は、このメールを無視してください。`,
      ],
      action: { label: '申し込みを確認する', url: d.verifyUrl },
    }),
  },
  application_decided: {
    en: (d) => ({
      subject:
        d.outcome === 'approved'
          ? `Welcome to ${d.programName}: your application was approved`
          : `Your application to ${d.programName}`,
      lines:
        d.outcome === 'approved'
          ? [
              `Hello ${d.name},`,
              `your application to ${d.programName} was approved.${d.reason ? ` ${d.reason}` : ''}`,
              'Sign in with your e-mail address to start onboarding.',
            ]
          : [
              `Hello ${d.name},`,
              `we are sorry: your application to ${d.programName} was not accepted.`,
              ...(d.reason ? [`Reason: ${d.reason}`] : []),
            ],
      action:
        d.outcome === 'approved'
          ? { label: 'Sign in', url: d.url }
          : { label: 'See your application', url: d.url },
    }),
    de: (d) => ({
      subject:
        d.outcome === 'approved'
          ? `Willkommen bei ${d.programName}: Ihre Bewerbung wurde angenommen`
          : `Ihre Bewerbung für ${d.programName}`,
      lines:
        d.outcome === 'approved'
          ? [
              `Hallo ${d.name},`,
              `Ihre Bewerbung für ${d.programName} wurde angenommen.${d.reason ? ` ${d.reason}` : ''}`,
              'Melden Sie sich mit Ihrer E-Mail-Adresse an, um mit dem Onboarding zu beginnen.',
            ]
          : [
              `Hallo ${d.name},`,
              `leider wurde Ihre Bewerbung für ${d.programName} nicht angenommen.`,
              ...(d.reason ? [`Begründung: ${d.reason}`] : []),
            ],
      action:
        d.outcome === 'approved'
          ? { label: 'Anmelden', url: d.url }
          : { label: 'Bewerbung ansehen', url: d.url },
    }),
    ja: (d) => ({
      subject:
        d.outcome === 'approved'
          ? `${d.programName} へようこそ: お申し込みが承認されました`
          : `${d.programName} へのお申し込みについて`,
      lines:
        d.outcome === 'approved'
          ? [
              `${d.name} 様`,
              `${d.programName} へのお申し込みが承認されました。${d.reason ?? ''}`,
              'メールアドレスでサインインして、オンボーディングを開始してください。',
            ]
          : [
              `${d.name} 様`,
              `申し訳ございませんが、${d.programName} へのお申し込みは承認されませんでした。`,
              ...(d.reason ? [`理由: ${d.reason}`] : []),
            ],
      action:
        d.outcome === 'approved'
          ? { label: 'サインイン', url: d.url }
          : { label: 'お申し込みを確認する', url: d.url },
    }),
  },
  application_info_requested: {
    en: (d) => ({
      subject: `${d.programName}: we need more information about your application`,
      lines: [`Hello ${d.name},`, 'to decide on your application we need more information:', d.reason],
      action: { label: 'Answer', url: d.respondUrl },
    }),
    de: (d) => ({
      subject: `${d.programName}: Wir benötigen weitere Angaben zu Ihrer Bewerbung`,
      lines: [
        `Hallo ${d.name},`,
        'um über Ihre Bewerbung zu entscheiden, benötigen wir weitere Angaben:',
        d.reason,
      ],
      action: { label: 'Antworten', url: d.respondUrl },
    }),
    ja: (d) => ({
      subject: `${d.programName}: お申し込みについて追加情報が必要です`,
      lines: [`${d.name} 様`, 'お申し込みを審査するため、次の情報をお知らせください。', d.reason],
      action: { label: '回答する', url: d.respondUrl },
    }),
  },
  onboarding_reminder: {
    en: (d) => ({
      subject: `${d.partnerName}: onboarding tasks are waiting`,
      lines: [
        `Hello ${d.name},`,
        `onboarding of ${d.partnerName} is not finished yet. Still open:`,
        ...d.openTasks.map((t) => `• ${t}`),
      ],
      action: { label: 'Continue onboarding', url: d.url },
    }),
    de: (d) => ({
      subject: `${d.partnerName}: Onboarding-Aufgaben sind noch offen`,
      lines: [
        `Hallo ${d.name},`,
        `das Onboarding von ${d.partnerName} ist noch nicht abgeschlossen. Noch offen:`,
        ...d.openTasks.map((t) => `• ${t}`),
      ],
      action: { label: 'Onboarding fortsetzen', url: d.url },
    }),
    ja: (d) => ({
      subject: `${d.partnerName}: 未完了のオンボーディングタスクがあります`,
      lines: [
        `${d.name} 様`,
        `${d.partnerName} のオンボーディングはまだ完了していません。未完了のタスク:`,
        ...d.openTasks.map((t) => `• ${t}`),
      ],
      action: { label: 'オンボーディングを続ける', url: d.url },
    }),
  },
  tier_demotion_warning: {
    en: (d) => ({
      subject: `${d.partnerName}: your ${d.fromTier} tier in ${d.programName} is at risk`,
      lines: [
        `Hello ${d.name},`,
        `${d.partnerName} no longer meets the criteria of ${d.fromTier}. Unless it qualifies again by ${formatTime(d.dueAt, 'en')}, it moves to ${d.toTier ?? 'no tier'}.`,
        `Latest evaluation: ${d.explanation}`,
      ],
      action: { label: 'See your tier and progress', url: d.url },
    }),
    de: (d) => ({
      subject: `${d.partnerName}: Ihre Stufe ${d.fromTier} in ${d.programName} ist gefährdet`,
      lines: [
        `Hallo ${d.name},`,
        `${d.partnerName} erfüllt die Kriterien von ${d.fromTier} nicht mehr. Wenn sie bis ${formatTime(d.dueAt, 'de')} nicht wieder erfüllt sind, wechselt ${d.partnerName} zu ${d.toTier ?? 'keiner Stufe'}.`,
        `Letzte Bewertung: ${d.explanation}`,
      ],
      action: { label: 'Stufe und Fortschritt ansehen', url: d.url },
    }),
    ja: (d) => ({
      subject: `${d.partnerName}: ${d.programName} の ${d.fromTier} ティアが降格の対象になっています`,
      lines: [
        `${d.name} 様`,
        `${d.partnerName} は ${d.fromTier} の条件を満たさなくなりました。${formatTime(d.dueAt, 'ja')} までに再び条件を満たさない場合、${d.toTier ?? 'ティアなし'} に変更されます。`,
        `最新の評価: ${d.explanation}`,
      ],
      action: { label: 'ティアと進捗を見る', url: d.url },
    }),
  },
};

export function pickLocale(locale: string | null | undefined): MailLocale {
  const short = (locale ?? 'en').slice(0, 2).toLowerCase();
  return (mailLocales as readonly string[]).includes(short) ? (short as MailLocale) : 'en';
}

export function renderMail<K extends TemplateName>(name: K, locale: MailLocale, data: TemplateData[K]) {
  const r = templates[name][locale](data);
  const text = [...r.lines, ...(r.action ? ['', `${r.action.label}: ${r.action.url}`] : [])].join('\n');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1b1e">${r.lines
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('')}${
    r.action
      ? `<p><a href="${escapeHtml(r.action.url)}" style="display:inline-block;padding:10px 16px;background:#1864ab;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(r.action.label)}</a></p><p style="font-size:12px;color:#555">${escapeHtml(r.action.url)}</p>`
      : ''
  }</body></html>`;
  return { subject: r.subject, text, html };
}
