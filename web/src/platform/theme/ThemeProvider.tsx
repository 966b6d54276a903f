import { type CSSVariablesResolver, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { colorSchemeManager, theme } from './theme';

/**
 * WCAG AA contrast (axe `color-contrast`, 4.5:1 for small text) where Mantine's defaults fall short:
 * the "dimmed" grey (gray.6 light, dark.2 dark) goes one shade stronger, and the text of "light"
 * badges, alerts and nav links (shade 9 on shade 1–2: 2.8:1 for yellow, 3.7:1 for green) is darkened until it passes.
 */
const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field errors (message, input text and border): red.6 on white is 3.9:1, red.8 is 5.6:1.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    const text = shades[9];
    // Against the hover background (shade 2), so hovered items pass too.
    const background = shades[2];
    if (text?.startsWith('#') && background?.startsWith('#')) {
      light[`--mantine-color-${name}-light-color`] = darkenUntil(text, background, 4.6);
    }
  }
  return { variables: {}, light, dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' } };
};

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const luminance = (c: [number, number, number]) => {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: [number, number, number], b: [number, number, number]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour mixed towards black in 5 % steps until it reaches `ratio` against `background`. */
function darkenUntil(hex: string, background: string, ratio: number): string {
  const bg = rgb(background);
  let c = rgb(hex);
  for (let i = 0; i < 20 && contrast(c, bg) < ratio; i++) c = c.map((v) => Math.round(v * 0.95)) as typeof c;
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The Mantine theme plus labels that must follow the UI language (e.g. every dialog's close button). */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          // A plain object, not Modal.extend(): that would pull the Modal into the sign-in bundle.
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } },
        },
      }),
    [t],
  );
  return (
    <MantineProvider
      theme={localized}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
    >
      {children}
    </MantineProvider>
  );
}
