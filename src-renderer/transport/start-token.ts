const STORAGE_KEY = 'claimdesk.token';

/**
 * The browser host's token arrives once, in `?token=` of the printed URL. It is kept for this tab only
 * (sessionStorage) and taken out of the address bar so it is not bookmarked, shared or left in history.
 */
export function takeStartToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
