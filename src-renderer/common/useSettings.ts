import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from './query-keys';

/** The workstation's settings (the bulk-confirmation confidence level, ...). */
export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']({}), staleTime: 60_000 });
}
