import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

/** Quartz, compact: a day of scanning rows wants many of them on screen and nothing loud. */
export const gridTheme = themeQuartz.withParams({
  spacing: 5,
  fontSize: 13,
  headerFontSize: 12,
  rowHeight: 32,
  headerHeight: 32,
  fontFamily: 'inherit',
  accentColor: '#1f5fbf',
  headerBackgroundColor: '#f6f8fb',
  wrapperBorderRadius: 4,
  browserColorScheme: 'light',
});
