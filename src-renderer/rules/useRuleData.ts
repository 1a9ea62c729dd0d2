import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';

// The rule data the rules page and the review panels read. Editions are immutable files, so each is
// fetched once per session (the client's reads never go stale on their own).

export function useRuleEditions() {
  return useQuery({ queryKey: queryKeys.ruleEditions, queryFn: () => api['rules.editions']({}) });
}

/** A clinical-pathway edition; `null` for the newest, `undefined` while the id is not known yet. */
export function useEdition(edition: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.edition(edition ?? null),
    queryFn: () => api['rules.edition'](edition ? { edition } : {}),
    enabled: edition !== undefined,
  });
}

/** A products edition; `null` for the current one, `undefined` while the id is not known yet. */
export function useProducts(edition: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.products(edition ?? null),
    queryFn: () => api['rules.products'](edition ? { edition } : {}),
    enabled: edition !== undefined,
  });
}
