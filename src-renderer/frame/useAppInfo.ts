import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';

/** Who is working, where the data lives, which editions are loaded: read once, refreshed after a user switch. */
export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => api['app.info']({}) });
}
