/** How many minor-unit digits a currency has (EUR 2, JPY 0), via Intl; 2 for an unknown code. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** Minor units of a decimal amount typed in a currency (EUR 1,200.50 → 120050). Forms edit major units; the API stores integer minor units. */
export const toMinor = (amount: number, currency: string) =>
  Math.round(amount * 10 ** currencyDigits(currency));
export const fromMinor = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

/** ISO 4217 codes the browser knows (the API checks the same Intl list). */
export const currencyCodes: string[] = (() => {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['EUR', 'USD', 'GBP', 'JPY', 'CHF'];
  }
})();
