import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { validateBank } from './bank.js';
import { dataKeys, maskGrouped, maskTail, seal, unseal } from './sealing.js';
import { validateCountryTaxId } from './tax.js';

const key = () => randomBytes(32).toString('base64');
const config = (env: Record<string, string>) =>
  loadConfig({ SYMBIO_SECRET: 'unit-secret-unit-secret-unit-secret-0123', ...env });

describe('sealing onboarding data', () => {
  it('encrypts with the first key, decrypts with any listed one, and names the key', () => {
    const [oldKey, newKey] = [key(), key()];
    const before = config({ SYMBIO_DATA_KEY: oldKey });
    const sealed = seal(before, 'DE89370400440532013000');
    expect(sealed.sealed).not.toContain('DE89');
    expect(sealed.keyId).toBe(dataKeys(before)[0]!.id);
    // Rotation: the new key first, the old one still listed.
    const after = config({ SYMBIO_DATA_KEY: `${newKey},${oldKey}` });
    expect(unseal(after, sealed.keyId, sealed.sealed)).toBe('DE89370400440532013000');
    expect(seal(after, 'x').keyId).not.toBe(sealed.keyId);
    // Without the old key it cannot be read, and a ciphertext cannot claim another key id.
    expect(() => unseal(config({ SYMBIO_DATA_KEY: newKey }), sealed.keyId, sealed.sealed)).toThrow(
      /not configured/,
    );
    const other = seal(after, 'secret');
    expect(() => unseal(after, sealed.keyId, other.sealed)).toThrow();
  });

  it('derives a key from the app secret when none is configured, and keeps it readable later', () => {
    const derived = config({});
    const sealed = seal(derived, '136695976');
    expect(unseal(config({ SYMBIO_DATA_KEY: key() }), sealed.keyId, sealed.sealed)).toBe('136695976');
  });

  it('refuses a key that is not 32 bytes of base64', () => {
    expect(() => config({ SYMBIO_DATA_KEY: 'short' })).toThrow(/SYMBIO_DATA_KEY/);
  });

  it('masks', () => {
    expect(maskGrouped('DE89370400440532013000', 4, 4)).toBe('DE89 **** **** **** **30 00');
    expect(maskTail('136695976')).toBe('*****5976');
    expect(maskTail('123')).toBe('**3');
  });
});

describe('validation', () => {
  it('accepts valid tax numbers of several countries and refuses wrong check digits', () => {
    expect(validateCountryTaxId('GB', 'GB980780684', undefined, ['taxId']).scheme).toBe('vat');
    expect(validateCountryTaxId('AU', '51 824 753 556', 'abn', ['taxId']).compact).toBe('51824753556');
    expect(validateCountryTaxId('IN', '27AAPFU0939F1ZV', undefined, ['taxId']).scheme).toBe('gstin');
    expect(validateCountryTaxId('JP', '5835678256246', undefined, ['taxId']).scheme).toBe('cn');
    expect(validateCountryTaxId('CA', '123456782', 'bn', ['taxId']).compact).toBe('123456782');
    expect(() => validateCountryTaxId('FR', 'FR00000000000', undefined, ['taxId'])).toThrow(/not a valid/);
    expect(() => validateCountryTaxId('AU', '51824753557', 'abn', ['taxId'])).toThrow(/not a valid/);
  });

  it('validates IBAN, BIC and US routing numbers', () => {
    expect(
      validateBank({ kind: 'iban', holderName: 'X', iban: 'gb82 west 1234 5698 7654 32' }).masked.iban,
    ).toBe('GB82 **** **** **** **54 32');
    expect(() => validateBank({ kind: 'iban', holderName: 'X', iban: 'GB82WEST12345698765433' })).toThrow();
    expect(() =>
      validateBank({ kind: 'iban', holderName: 'X', iban: 'DE89370400440532013000', bic: 'NOTABIC' }),
    ).toThrow(/BIC/);
    const us = validateBank({
      kind: 'account',
      holderName: 'X',
      country: 'US',
      accountNumber: '000123456789',
      routingNumber: '021000021',
    });
    expect(us.masked).toEqual({ accountNumber: '********6789', routingNumber: '021000021', bic: null });
    expect(() =>
      validateBank({
        kind: 'account',
        holderName: 'X',
        country: 'US',
        accountNumber: '1234',
        routingNumber: '021000022',
      }),
    ).toThrow(/ABA/);
  });
});
