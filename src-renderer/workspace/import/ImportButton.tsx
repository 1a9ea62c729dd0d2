import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** 「导入文件」: picks PDFs from disk through a hidden file input. */
export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="small" type="text" icon={<UploadOutlined />} onClick={() => input.current?.click()} data-testid="import-button">
        {t('importing.button')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        multiple
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so that picking the same file again imports it again.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
