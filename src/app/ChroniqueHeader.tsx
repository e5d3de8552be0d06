import { useId } from 'react';
import { ExportMenu } from '../features/export/ExportMenu';
import { SearchBox } from '../features/filters/SearchBox';
import { PrintButton } from '../features/handout/PrintButton';
import { PresentLink } from '../features/present/PresentLink';
import { ShareButton } from '../features/embed/ShareButton';
import { useI18n } from '../shared/i18n/language';
import { Button } from '../shared/ui/Button';
import { Feature } from '../shared/ui/Feature';
import type { Store, StoreEvent } from '../store/schema';
import { Header } from './Header';
import type { Selection } from './selection/use-selection';
import type { useUrlState } from './url/use-url-state';

interface ChroniqueHeaderProps {
  store: Store;
  url: ReturnType<typeof useUrlState>;
  selection: Selection;
  /** The article reader is open: no search, presentation, print or export. */
  reading: boolean;
  /** The store and the selection's events in full, for print and export (null: a split store's shards are not all in). */
  whole: { store: Store; events: StoreEvent[] } | null;
  /** A split store's shards are on their way, for print and export. */
  wholeLoading: boolean;
  /** Fetches every shard of a split store: asked for, as it can be hundreds of megabytes. */
  onLoadWhole: () => void;
}

/** The masthead with the app's tools: search, share, present, print, export. */
export function ChroniqueHeader({ store, url, selection, reading, whole, wholeLoading, onLoadWhole }: ChroniqueHeaderProps) {
  const { t, language } = useI18n();
  const loadHintId = useId();
  const { state, update } = url;
  return (
    <Header
      title={store.title[language]}
      languageHref={(lang) => url.hrefFor({ lang })}
      scheme={state.scheme}
      onSchemeChange={(scheme) => update({ scheme }, { replace: true })}
      search={
        !reading && (
          <Feature>
            <SearchBox
              value={state.query}
              onChange={(query) => {
                selection.searchNow(query);
                update({ query }, { replace: true });
              }}
              resultCount={selection.resultCount}
              pending={selection.searchPending}
              partial={selection.searchPartial}
              searchBy={selection.searchBy}
            />
          </Feature>
        )
      }
      actions={
        <>
          <Feature>
            <ShareButton
              state={{ ...state, filters: selection.knownFilters, lang: state.lang ?? language }}
              title={store.title[language]}
            />
          </Feature>
          {!reading && (
            <Feature>
              <PresentLink href={url.hrefFor({ slide: 1, presenter: false, event: null })} count={selection.matching.length} />
            </Feature>
          )}
        </>
      }
      menu={
        !reading &&
        (whole ? (
          <>
            <Feature>
              <PrintButton />
            </Feature>
            <Feature>
              <ExportMenu events={whole.events} store={whole.store} />
            </Feature>
          </>
        ) : wholeLoading ? (
          <p className="site-menu-status" role="status">
            {t.splitStore.wholeStoreLoading}
          </p>
        ) : (
          <Feature>
            <Button variant="quiet" icon="print" onClick={onLoadWhole} aria-describedby={loadHintId}>
              {t.splitStore.loadWhole}
            </Button>
            <span id={loadHintId} className="visually-hidden">
              {t.splitStore.loadWholeHint}
            </span>
          </Feature>
        ))
      }
    />
  );
}
