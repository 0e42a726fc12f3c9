// The view's search, filters and sorting in the address (query string), so a view can be bookmarked
// and shared: only what the user chose goes there, never anything read from a letter. So a filter on a
// facet whose values are a letter's words or dates (a reviewer's specialty, a request, a month of
// decision) stays in the saved session and out of the address; only facets of the app's own
// vocabulary (the column's FacetFact.inAddress) and the date ranges the user typed go there. At start-up
// an address that names a view wins over the saved one (the saved filters it cannot name are kept);
// afterwards the address follows the view.
import { setView } from '../store/actions.ts';
import { useAppStore } from '../store/app-store.ts';
import type { ViewState } from '../store/view-state.ts';
import { APP_ROWS } from '../pipeline/app-rows.ts';

type UrlView = Pick<ViewState, 'globalFilter' | 'columnFilters' | 'sorting'>;
// The facets and date ranges are the columns' own facts (pipeline/app-rows.ts).
const FACET_IDS = new Set(APP_ROWS.facets.filter((c) => c.facet?.inAddress).map((c) => c.id));
const DATE_RANGE_IDS = new Set(APP_ROWS.dateRanges.map((c) => c.id));
/** Filters the address can name (the others are kept from the saved view). */
const inAddress = (id: string) => FACET_IDS.has(id) || DATE_RANGE_IDS.has(id);

export function viewToQuery(view: UrlView): string {
  const params = new URLSearchParams();
  // A view restored from a damaged session may hold anything: what is malformed is left out of the
  // address (the error boundary deals with the table), never thrown from a store subscription.
  if (typeof view.globalFilter === 'string' && view.globalFilter.trim()) params.set('q', view.globalFilter);
  for (const { id, value } of Array.isArray(view.columnFilters) ? view.columnFilters : []) {
    if (FACET_IDS.has(id) && Array.isArray(value)) for (const v of value) params.append(id, String(v));
    else if (DATE_RANGE_IDS.has(id) && value && typeof value === 'object') {
      const { from, to } = value as { from?: string; to?: string };
      if (from || to) params.set(id, `${from ?? ''}..${to ?? ''}`);
    }
  }
  if (Array.isArray(view.sorting) && view.sorting.length > 0)
    params.set('sort', view.sorting.map((s) => `${s.id}${s.desc ? ':desc' : ''}`).join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The view the query names, or null when it names none (then the saved view stands). */
export function queryToView(query: string): UrlView | null {
  const params = new URLSearchParams(query);
  const columnFilters: ViewState['columnFilters'] = [];
  for (const id of FACET_IDS) {
    const values = params.getAll(id);
    if (values.length > 0) columnFilters.push({ id, value: values });
  }
  for (const id of DATE_RANGE_IDS) {
    const [from, to] = (params.get(id) ?? '').split('..');
    const range = { ...(from && ISO_DAY.test(from) ? { from } : {}), ...(to && ISO_DAY.test(to) ? { to } : {}) };
    if (range.from || range.to) columnFilters.push({ id, value: range });
  }
  const sorting: ViewState['sorting'] = (params.get('sort') ?? '')
    .split(',')
    .filter(Boolean)
    .map((s) => ({ id: s.replace(/:desc$/, ''), desc: s.endsWith(':desc') }));
  const globalFilter = params.get('q') ?? '';
  if (!globalFilter && columnFilters.length === 0 && sorting.length === 0) return null;
  return { globalFilter, columnFilters, sorting };
}

/** Call once the saved session is back: applies the address's view, then keeps the address in step. */
export function startUrlSync(): void {
  const fromUrl = queryToView(location.search);
  if (fromUrl) {
    const kept = useAppStore.getState().view.columnFilters.filter((f) => !inAddress(f.id));
    setView({ ...fromUrl, columnFilters: [...kept, ...fromUrl.columnFilters] });
  }
  let last = '';
  const write = (view: ViewState) => {
    const query = viewToQuery(view);
    if (query === last) return;
    last = query;
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  write(useAppStore.getState().view);
  useAppStore.subscribe((state, prev) => {
    if (state.view !== prev.view) write(state.view);
  });
}
