import { useId, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n/language';

/**
 * A read-only text to copy (the embed code, the direct link) with its copy button and status.
 * Without clipboard access the text is selected, so that Ctrl+C / ⌘C copies it.
 */
export function CopyField({
  label,
  help,
  text,
  copyLabel,
  multiline,
}: {
  label: string;
  help?: string;
  text: string;
  copyLabel: string;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const ids = { field: useId(), help: useId() };
  const fieldRef = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  /** The status of the last copy, for the text it copied (a new text clears it). */
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | null>(null);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied({ text, ok: true });
    } catch {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setCopied({ text, ok: false });
    }
  };
  const status = copied?.text === text ? (copied.ok ? t.embed.copied : t.embed.copyFailed) : '';

  return (
    <div className="share-field">
      <label htmlFor={ids.field}>{label}</label>
      {help && (
        <p id={ids.help} className="share-help">
          {help}
        </p>
      )}
      {multiline ? (
        <textarea
          ref={fieldRef}
          id={ids.field}
          readOnly
          rows={5}
          value={text}
          aria-describedby={help ? ids.help : undefined}
          spellCheck={false}
        />
      ) : (
        <input ref={fieldRef} id={ids.field} type="url" readOnly value={text} spellCheck={false} />
      )}
      <div className="share-copy">
        <button type="button" className="ui-button-large" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <p role="status" className="share-status">
          {status}
        </p>
      </div>
    </div>
  );
}
