import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

/**
 * Shade 8 of the primary colour in both schemes: shade 6 with white text fails WCAG AA contrast
 * on buttons and badges (axe `color-contrast`, STACK-NOTES G22).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Hiragino Sans", "Noto Sans JP", "Yu Gothic", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // Help text under the field, so fields side by side line up whether or not they have help.
    InputWrapper: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
  },
});

/** The key the pre-paint script in index.html reads as well. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'mantine-color-scheme-value' });
