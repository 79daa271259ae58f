/**
 * A Map that never grows past `max` entries: what the core remembers between analyses (stems,
 * hosts, a block's text, a paragraph's answer…), so that typing, which changes a few keys at a
 * time, finds the rest again, while a huge post or a long session can't grow it without end.
 *
 * When a new key would go over `max`: `clear` forgets everything (cheapest, and right for
 * memos whose keys come from one post at a time: a full memo means another post), `oldest`
 * forgets the entry added first (for small memos of whole choices, where the last few count).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(
    private readonly max: number,
    private readonly forget: 'clear' | 'oldest' = 'clear',
  ) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) {
      if (this.forget === 'clear') this.clear();
      else this.delete(this.keys().next().value!);
    }
    return super.set(key, value);
  }
}
