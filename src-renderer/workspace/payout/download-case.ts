import { api } from '../../api';

/**
 * 导出案例 JSON: the claim as a case of the exchange format, saved as `<claimNumber>.case.json`, so
 * support, audits and `claimdesk payout` get exactly what the app calculated.
 */
export async function downloadCase(claimId: string, claimNumber: string): Promise<string> {
  const value = await api['case.export']({ claimId });
  const file = `${claimNumber}.case.json`;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoked on the next turn: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return file;
}
