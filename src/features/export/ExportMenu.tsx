import { useId, useState } from 'react';
import { useI18n } from '../../shared/i18n/language';
import type { Store, StoreEvent } from '../../store/schema';
import { downloadFile } from './download-file';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from './export-formats';
import { Button } from '../../shared/ui/Button';
import './export.css';

export interface ExportMenuProps {
  /** The events to export: the current selection, in the order they are shown. */
  events: readonly StoreEvent[];
  /** Article titles, entity labels and the collection title. */
  store: Store;
}

/** One button per format; each downloads the selection as a file and says so in a polite status. */
export function ExportMenu({ events, store }: ExportMenuProps) {
  const { t, language } = useI18n();
  const labelId = useId();
  const [status, setStatus] = useState<{ fileName: string } | 'failed' | null>(null);
  const empty = events.length === 0;

  const exportAs = async (format: ExportFormat) => {
    // Emptied first so that the same message, repeated, is announced again.
    setStatus(null);
    const now = new Date();
    const fileName = exportFileName(format, now);
    try {
      downloadFile(fileName, await format.build(events, store, language, now), format.type);
      setStatus({ fileName });
    } catch (error) {
      console.error(error);
      setStatus('failed');
    }
  };

  return (
    <div role="group" aria-labelledby={labelId} className="export-menu no-print" data-export-menu="">
      <p id={labelId} className="export-menu-label">
        {t.export.groupLabel(events.length)}
      </p>
      <div className="export-menu-buttons">
        {EXPORT_FORMATS.map((format) => (
          <Button
            key={format.id}
            variant="quiet"
            icon="download"
            data-format={format.id}
            disabled={empty}
            onClick={() => void exportAs(format)}
          >
            {format.name} <span className="export-menu-hint">({t.export.formatHints[format.id]})</span>
          </Button>
        ))}
      </div>
      <p role="status" className="export-menu-status">
        {empty ? (
          t.export.empty
        ) : status === 'failed' ? (
          t.export.failed
        ) : status ? (
          <>
            {t.export.started} <span className="export-menu-file">{status.fileName}</span>
          </>
        ) : null}
      </p>
    </div>
  );
}
