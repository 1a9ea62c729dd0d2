// How the global setup hands the running host to the tests (Playwright passes its env to the workers).
export const HOST_URL_ENV = 'CLAIMDESK_E2E_URL';

export function hostUrl(): string {
  const url = process.env[HOST_URL_ENV];
  if (!url) throw new Error(`${HOST_URL_ENV} is not set: run the e2e tests through playwright.config.ts (its global setup starts the host)`);
  return url;
}
