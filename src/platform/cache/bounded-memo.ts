/**
 * `compute` remembered for up to `limit` recent keys. Past the limit the memory is emptied and
 * refills: no bookkeeping per hit (an LRU's would cost about what the conversions it saves do),
 * and memory stays bounded whatever the keys. For pure functions whose results callers never
 * modify. A key whose computation throws is not remembered.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const memory = new Map<K, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memory.size >= limit) memory.clear();
      memory.set(key, value);
    }
    return value;
  };
}
