import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './locales/en';

export const locales = ['en', 'de', 'ja'] as const;
export type Locale = (typeof locales)[number];
const STORAGE_KEY = 'symbio.locale';

/** English ships with the app; German and Japanese load on first use (own chunks). */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  de: () => import('./locales/de').then((m) => m.de),
  ja: () => import('./locales/ja').then((m) => m.ja),
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Saved choice, else the first browser language we have, else English. */
function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // no storage
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export async function initI18n(): Promise<void> {
  await i18next
    .use(new ICU())
    .use(initReactI18next)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      resources: { en: { translation: en } },
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  await setLocale(initialLocale());
}

/** Switches the UI language (loading its messages first) and remembers it on this device. */
export async function setLocale(lng: Locale): Promise<void> {
  if (lng !== 'en' && !i18next.hasResourceBundle(lng, 'translation')) {
    i18next.addResourceBundle(lng, 'translation', await loaders[lng](), true, true);
  }
  if (i18next.language !== lng) await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // no storage
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}
