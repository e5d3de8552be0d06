import { useI18n } from '../../shared/i18n/language';
import '../../shared/ui/ui.css';
import './load-states.css';

/** `?data=` names a store the app refuses to load: say why, and offer the built-in chronology instead. */
export function DataSourceError({ error, value, builtInHref }: { error: 'not-allowed' | 'malformed'; value: string; builtInHref: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="ui-notice load-error" data-load-error={`data-${error}`}>
      <h1>{error === 'not-allowed' ? t.app.dataNotAllowedTitle : t.app.dataMalformedTitle}</h1>
      <p>{error === 'not-allowed' ? t.app.dataNotAllowedHelp : t.app.dataMalformedHelp}</p>
      <p>
        {t.app.dataValue} <code className="load-error-value">{value.length > 300 ? `${value.slice(0, 300)}…` : value}</code>
      </p>
      {/* A full page load on purpose: the app starts over with the built-in store. */}
      <a href={builtInHref}>{t.app.openBuiltIn}</a>
    </div>
  );
}
