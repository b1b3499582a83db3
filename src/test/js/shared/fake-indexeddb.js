// A small in-memory IndexedDB: just what the outbox uses (open with an upgrade, object stores keyed by a path,
// put, delete, getAll, transactions that complete or abort as a whole). Databases outlive the code that opened
// them, as in a browser, so a test can "reload the page" by making a new outbox on the same fake.
export function fakeIndexedDB() {
  const databases = new Map(); // name -> { version, stores: Map(storeName -> { keyPath, rows: Map }) }
  const later = (fn) => setTimeout(fn, 0);

  function connection(data) {
    return {
      objectStoreNames: { contains: (name) => data.stores.has(name) },
      createObjectStore(name, { keyPath }) {
        data.stores.set(name, { keyPath, rows: new Map() });
      },
      transaction(names, mode = "readonly") {
        const wanted = Array.isArray(names) ? names : [names];
        for (const name of wanted) {
          if (!data.stores.has(name)) {
            throw new Error(`NotFoundError: no object store ${name}`);
          }
        }
        // Changes land together when the transaction completes, as in IndexedDB; nothing if it aborts.
        const changes = [];
        let open = 0;
        let failed = null;
        let done = false;
        const transaction = { oncomplete: null, onerror: null, onabort: null, error: null };
        const settle = () => later(() => {
          if (open > 0 || done) {
            return;
          }
          done = true;
          if (failed) {
            transaction.error = failed;
            transaction.onabort?.();
            return;
          }
          changes.forEach((change) => change());
          transaction.oncomplete?.();
        });
        const request = (work) => {
          const req = { onsuccess: null, onerror: null, result: undefined, error: null };
          open++;
          later(() => {
            try {
              req.result = work();
              req.onsuccess?.();
            } catch (error) {
              req.error = error;
              failed = error;
              req.onerror?.();
            }
            open--;
            settle();
          });
          return req;
        };
        transaction.objectStore = (name) => {
          if (!wanted.includes(name)) {
            throw new Error(`NotFoundError: ${name} is not in this transaction`);
          }
          const { keyPath, rows } = data.stores.get(name);
          const writable = () => {
            if (mode !== "readwrite") {
              throw new Error("ReadOnlyError");
            }
          };
          return {
            put: (value) => { writable(); const copy = structuredClone(value); return request(() => { changes.push(() => rows.set(copy[keyPath], copy)); return copy[keyPath]; }); },
            delete: (key) => { writable(); return request(() => { changes.push(() => rows.delete(key)); }); },
            getAll: () => request(() => [...rows.keys()].sort().map((key) => structuredClone(rows.get(key)))),
          };
        };
        settle();
        return transaction;
      },
    };
  }

  return {
    databases,
    open(name, version) {
      const req = { onsuccess: null, onerror: null, onupgradeneeded: null, result: null };
      later(() => {
        let data = databases.get(name);
        const upgrade = !data || data.version < version;
        if (!data) {
          data = { version, stores: new Map() };
          databases.set(name, data);
        }
        req.result = connection(data);
        if (upgrade) {
          data.version = version;
          req.onupgradeneeded?.();
        }
        req.onsuccess?.();
      });
      return req;
    },
  };
}
