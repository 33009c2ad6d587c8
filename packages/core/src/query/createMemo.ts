/** Answers remembered by key: each made on its first use, then handed out again. */
export interface Memo {
  /** The answer remembered under `key`, made by `make` the first time. */
  once<T>(key: string, make: () => T): T;
}

/** An empty memo: a Parley keeps one for the answers and groupings it builds on first use. */
export function createMemo(): Memo {
  const answers = new Map<string, unknown>();
  return {
    once<T>(key: string, make: () => T): T {
      if (!answers.has(key)) answers.set(key, make());
      return answers.get(key) as T;
    },
  };
}
