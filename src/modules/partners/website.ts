import { z } from 'zod';
import { registrableDomain } from './domains.js';

/**
 * A company's website as people type it: "https://www.acme.de/en", "www.acme.de" or "acme.de".
 * Stored as an http(s) URL; it must have a registrable domain, because conflict detection and
 * duplicate checks compare those. Shared by deal registrations and the vendor pipeline.
 */
export const zWebsite = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .transform((v, c) => {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
    try {
      const parsed = new URL(url);
      if (!/^https?:$/.test(parsed.protocol) || !registrableDomain(parsed.hostname)) throw new Error();
      return parsed.toString();
    } catch {
      c.addIssue({ code: 'custom', message: 'must be a website such as www.example.com' });
      return z.NEVER;
    }
  })
  .meta({ example: 'https://www.acme-robotics.de' });
