import type { TFunction } from 'i18next';
import { ContractError, ERROR_CODES } from '../../shared/contract/errors';
import { ServiceUnreachableError } from '../transport/service-unreachable-error';

/** What to tell a person about an error: a title in their language by its stable code, and the detail. */
export function describeError(t: TFunction, error: unknown): { title: string; detail: string } {
  if (error instanceof ServiceUnreachableError) return { title: t('errors.unreachable'), detail: t('errors.unreachableDetail') };
  if (error instanceof ContractError && ERROR_CODES.includes(error.code)) {
    const detail = error.code === 'UNAUTHORIZED' ? t('errors.unauthorizedDetail') : error.message;
    return { title: t(`errors.${error.code}`), detail };
  }
  return { title: t('errors.unknown'), detail: error instanceof Error ? error.message : String(error) };
}
