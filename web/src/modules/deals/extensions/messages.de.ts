import type { ExtensionMessages } from './messages';

export const extensionsDe: ExtensionMessages = {
  request: 'Verlängerung beantragen',
  requestTitle: 'Schutz verlängern',
  requestIntro:
    'Der Schutz endet derzeit am {date}. Sagen Sie dem Hersteller, warum der Deal mehr Zeit braucht.',
  limits:
    '{used, number} von {max, plural, =0 {keinen Verlängerungen} one {# Verlängerung} other {# Verlängerungen}} genutzt; jeweils bis zu {days, plural, one {# Tag} other {# Tage}}.',
  needsApproval: 'Eine Prüferin entscheidet; Sie erfahren das Ergebnis in der App und per E-Mail.',
  grantedAtOnce: 'Innerhalb dieser Grenzen wird die Verlängerung sofort gewährt.',
  days: 'Tage',
  daysHelp: 'Höchstens {max, plural, one {# Tag} other {# Tage}}.',
  reason: 'Begründung',
  reasonPlaceholder: 'z. B. Der Kunde hat die Kaufentscheidung ins nächste Quartal verschoben.',
  send: 'Antrag senden',
  sentPending: 'Antrag gesendet. Eine Prüferin entscheidet.',
  sentGranted: 'Verlängerung gewährt: Der Schutz endet jetzt am {date}.',
  unavailable: 'Keine Verlängerung möglich',
  pendingInfo:
    'Verlängerung um {days, plural, one {# Tag} other {# Tage}} am {date} beantragt: Entscheidung ausstehend.',
  history: 'Verlängerungsanträge',
  status: { pending: 'Offen', approved: 'Genehmigt', rejected: 'Abgelehnt' },
  queue: {
    title: 'Verlängerungsanträge',
    description:
      'Partner, die für genehmigte Registrierungen mehr Schutz beantragen. Genehmigen oder ablehnen, mit einer Begründung für den Partner.',
    status: 'Status',
    deal: 'Deal',
    partner: 'Partner',
    requested: 'Beantragt',
    requestedDays: '{days, plural, one {# Tag} other {# Tage}}',
    reason: 'Begründung',
    protectionEnds: 'Schutz endet',
    used: 'Verlängerungen',
    usedOf: '{used, number} von {max, number}',
    requestedAt: 'Beantragt am',
    decision: 'Entscheidung',
    approve: 'Genehmigen',
    reject: 'Ablehnen',
    approveTitle: 'Verlängerung genehmigen',
    rejectTitle: 'Verlängerung ablehnen',
    decisionIntro:
      '{partner} beantragt {days, plural, one {# weiteren Tag} other {# weitere Tage}} für „{deal}“: {reason}',
    grantDays: 'Zu gewährende Tage',
    grantDaysHelp: 'Das Programm erlaubt bis zu {max, plural, one {# Tag} other {# Tage}}.',
    decisionReason: 'Begründung (für den Partner sichtbar)',
    emptyTitle: 'Keine Anträge',
    emptyText: 'Verlängerungsanträge mit diesem Status erscheinen hier.',
    actionsFor: 'Über den Antrag für {deal} entscheiden',
  },
};
