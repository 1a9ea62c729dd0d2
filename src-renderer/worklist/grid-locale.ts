import type { TFunction } from 'i18next';

/** The few grid texts a read-only, server-sorted grid shows, in the UI language. */
export const gridLocaleText = (t: TFunction): Record<string, string> => ({
  loadingOoo: t('worklist.loading'),
  noRowsToShow: t('worklist.noRows'),
});
