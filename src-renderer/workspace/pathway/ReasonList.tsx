import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { reasonLabel } from './reason-label';

/** Reason codes as readable labels, one per line; the code itself on hover. */
export function ReasonList({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  if (!codes.length) return null;
  return (
    <ul className="cd-reasons">
      {codes.map((code) => (
        <li key={code} data-reason={code}>
          <Tooltip title={<span className="cd-mono">{code}</span>} mouseEnterDelay={0.6}>{reasonLabel(t, code)}</Tooltip>
        </li>
      ))}
    </ul>
  );
}
