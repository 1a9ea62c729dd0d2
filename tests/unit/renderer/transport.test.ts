import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeJson } from '../../../shared/contract/codec';
import { ContractError } from '../../../shared/contract/errors';
import { HANDLER_NAMES } from '../../../shared/contract/handlers';
import { createApi } from '../../../src-renderer/transport/create-api';
import { httpTransport } from '../../../src-renderer/transport/http-transport';
import { ServiceUnreachableError } from '../../../src-renderer/transport/service-unreachable-error';

afterEach(() => vi.unstubAllGlobals());

const respond = (status: number, body: string) => vi.fn(async () => new Response(body, { status }));

describe('renderer api', () => {
  it('has one function per handler and resolves to the envelope value', async () => {
    const api = createApi(async (name, request) => ({ ok: true, value: { name, request } }));
    expect(Object.keys(api).sort()).toEqual([...HANDLER_NAMES].sort());
    await expect(api['claims.get']({ claimId: 'C1' })).resolves.toEqual({ name: 'claims.get', request: { claimId: 'C1' } });
  });

  it('throws the envelope error as a ContractError with code and path', async () => {
    const api = createApi(async () => ({ ok: false, error: { code: 'BAD_REQUEST', message: 'bad sort', path: 'sort[0].dir' } }));
    const error = await api['claims.list']({ offset: 0, limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: 'bad sort', path: 'sort[0].dir' });
  });
});

describe('browser host transport', () => {
  it('posts the request with the token and decodes bytes', async () => {
    const fetch = respond(200, encodeJson({ ok: true, value: { bytes: new Uint8Array([1, 2, 3]) } }));
    vi.stubGlobal('fetch', fetch);
    const envelope = await httpTransport('tok')('documents.content', { documentId: 'D1' });
    expect(envelope).toEqual({ ok: true, value: { bytes: new Uint8Array([1, 2, 3]) } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/documents.content');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(init.body).toBe('{"documentId":"D1"}');
  });

  it('passes a 401 envelope through, so the UI can say the token is wrong', async () => {
    vi.stubGlobal('fetch', respond(401, encodeJson({ ok: false, error: { code: 'UNAUTHORIZED', message: 'wrong token' } })));
    const error = await createApi(httpTransport('bad'))['app.info']({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('turns a lost connection into an INTERNAL "unreachable" error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = await createApi(httpTransport('tok'))['app.info']({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnreachableError);
    expect(error).toMatchObject({ code: 'INTERNAL' });
    expect((error as Error).message).toMatch(/workstation service is unreachable/);
  });

  it('refuses an answer that is not an envelope', async () => {
    vi.stubGlobal('fetch', respond(502, '<html>Bad gateway</html>'));
    const error = await createApi(httpTransport('tok'))['app.info']({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL' });
    expect((error as Error).message).toMatch(/HTTP 502/);
  });
});
