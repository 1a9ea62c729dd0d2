import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { queryKeys } from '../common/query-keys';

/** The built-in views (computed per user and day by main) followed by the user's own. */
export function useViews() {
  return useQuery({ queryKey: queryKeys.views, queryFn: () => api['views.list']({}) });
}
