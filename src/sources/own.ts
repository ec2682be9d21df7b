/**
 * Sets `key` as an own property even when it is `__proto__`: plain assignment would change the
 * object's prototype instead, losing the key (and what a rule should see) or inventing others.
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
