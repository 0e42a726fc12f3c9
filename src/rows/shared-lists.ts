// One shared, frozen array per distinct list of strings. Every row holds its values for each facet
// (ItemRow.facetValues: about fifteen small arrays a row), and across a session those lists repeat
// endlessly (["Overturned"], ["2016-09"], ["Not found"]): at 100,000 letters (250,000 rows) a copy per
// row is millions of arrays. A pipeline keeps one of these, so rows with equal lists share one array.
// Frozen, since many rows hold it: code that changed one row's list in place would throw, not change
// every row silently.

const EMPTY: readonly string[] = Object.freeze([]);

export interface SharedLists {
  /** The shared array with the same strings in the same order as `values`. */
  share(values: readonly string[]): readonly string[];
}

export function sharedLists(): SharedLists {
  // Single values by the value itself (most facets hold one); longer lists by their JSON, which cannot
  // confuse ["a,b"] with ["a", "b"] whatever the letters' text holds.
  const single = new Map<string, readonly string[]>();
  const longer = new Map<string, readonly string[]>();
  const keep = (map: Map<string, readonly string[]>, key: string, values: readonly string[]) => {
    const kept = Object.freeze([...values]);
    map.set(key, kept);
    return kept;
  };
  return {
    share(values) {
      if (values.length === 0) return EMPTY;
      if (values.length === 1) return single.get(values[0]!) ?? keep(single, values[0]!, values);
      const key = JSON.stringify(values);
      return longer.get(key) ?? keep(longer, key, values);
    },
  };
}
