import { decodeJson, encodeJson } from '../../../shared/contract/codec';
import type { HandlerName, RequestOf, ResponseOf } from '../../../shared/contract/handlers';
import { hostUrl } from './host-env';

// The contract as the browser host serves it (`POST /api/<name>` with the start token), for tests
// that compare what the UI shows with what the services answer.

export async function callApi<K extends HandlerName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const url = new URL(hostUrl());
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(new URL(`/api/${name}`, url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: encodeJson(request),
  });
  const envelope = decodeJson(await response.text()) as { ok: true; value: ResponseOf<K> } | { ok: false; error: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}
