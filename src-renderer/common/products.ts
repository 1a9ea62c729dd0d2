// The insurance products the workstation knows by name (labels in i18n `products.*`); the worklist's
// product filter offers these. A claim under any other code still shows, labelled by its code.
export const PRODUCT_CODES = ['HMB-SH-2023', 'MM-2025'] as const;
