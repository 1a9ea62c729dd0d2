import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** Every shortcut of the workstation, by where it works; `?` opens this anywhere. */
const GROUPS: { key: string; keys: [string, string][] }[] = [
  { key: 'anywhere', keys: [['?', 'help'], ['N', 'nextClaim'], ['/', 'search']] },
  { key: 'worklist', keys: [['↑ ↓', 'move'], ['Enter', 'open']] },
  { key: 'workspace', keys: [['1 2 3 4', 'tabs'], ['j / k', 'fields'], ['Enter', 'confirmOrEdit'], ['e', 'edit'], ['[ / ]', 'documents'], ['b', 'bulk'], ['r', 'loop']] },
  { key: 'loop', keys: [['Enter', 'loopConfirm'], ['Tab / j, Shift+Tab / k', 'loopMove'], ['Esc', 'loopSkip'], ['F2', 'loopEdit'], ['Alt+R', 'loopEnd']] },
  { key: 'decision', keys: [['a', 'approve'], ['p', 'partial'], ['d', 'deny'], ['n', 'pend'], ['Ctrl+Enter', 'submit']] },
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('shortcuts.title')} footer={null} onCancel={onClose} width={620} data-testid="shortcut-help">
      <div className="cd-shortcuts">
        {GROUPS.map((g) => (
          <section key={g.key}>
            <h4>{t(`shortcuts.groups.${g.key}`)}</h4>
            <dl>
              {g.keys.map(([keys, what]) => (
                <div key={`${g.key}-${what}`} className="cd-shortcut">
                  <dt><kbd>{keys}</kbd></dt>
                  <dd>{t(`shortcuts.keys.${what}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
