// Where in the YAML tree a position is, from indentation alone (the text may be half typed and not
// parse), and what the project's JSON Schema says about that place: keys to complete, help to show.

function unquote(k) {
  return k.length > 1 && (k[0] === '"' || k[0] === "'") ? k.slice(1, -1) : k;
}

/** One line's structure: the columns of its "- " items, where its key starts, the key, the value. */
export function parseLine(text) {
  let i = 0;
  while (text[i] === ' ') i++;
  const items = [];
  while (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === text.length)) {
    items.push(i);
    i++;
    while (text[i] === ' ') i++;
  }
  const rest = text.slice(i);
  const m = /^("[^"]*"|'[^']*'|[^\s#'"{\[\-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?=\s|$)/.exec(rest);
  const blank = rest.trim() === '' || rest.trimStart().startsWith('#');
  return {
    items, col: i, blank: blank && items.length === 0,
    key: m ? unquote(m[1].trim()) : null,
    keyEnd: m ? i + m[1].length : i,
    value: m ? rest.slice(m[0].length).trim() : rest.trim(),
  };
}

/**
 * The path from the root to the place at (line, col): keys, and '[]' for sequence items. With
 * {@code includeKey} the key of that line is the last step (hover); without, the path is the mapping
 * in which a key typed at col would go (completion).
 */
export function pathAt(lines, lineNo, col, includeKey) {
  const stack = [];
  let blockCol = -1; // inside a block scalar (| or >) whose key sits at this column
  const pop = (c, item) => {
    while (stack.length) {
      const t = stack[stack.length - 1];
      if (t.col > c || (t.col === c && (!item || t.item))) stack.pop(); else break;
    }
  };
  for (let n = 0; n <= lineNo; n++) {
    const text = lines[n];
    const indent = text.length - text.trimStart().length;
    if (blockCol >= 0) {
      if (text.trim() === '' || indent > blockCol) {
        if (n === lineNo) return null; // inside text: no key here
        continue;
      }
      blockCol = -1;
    }
    const p = parseLine(text);
    if (n < lineNo && p.blank) continue;
    const last = n === lineNo;
    for (const c of p.items) {
      if (last && c >= col) break;
      pop(c, true);
      stack.push({ col: c, item: true });
    }
    if (last) {
      if (includeKey) {
        if (!p.key) return null;
        pop(p.col, false);
        return [...steps(stack), p.key];
      }
      const at = Math.min(p.col, col);
      pop(at, false);
      return steps(stack);
    }
    if (p.key) {
      pop(p.col, false);
      stack.push({ col: p.col, key: p.key });
      if (/^[|>][-+0-9]*\s*(#.*)?$/.test(p.value)) blockCol = p.col;
    }
  }
  return steps(stack);
}

function steps(stack) {
  return stack.map(t => (t.item ? '[]' : t.key));
}

export class SchemaIndex {
  constructor(schema) {
    this.root = schema;
  }

  ref(r) {
    if (!r.startsWith('#/')) return null;
    let n = this.root;
    for (const part of r.slice(2).split('/')) {
      n = n && n[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return n;
  }

  /** Every schema a value at this node may follow: references and combinators unfolded. */
  alternatives(node) {
    const out = [];
    const seen = new Set();
    const walk = n => {
      if (!n || typeof n !== 'object' || seen.has(n)) return;
      seen.add(n);
      out.push(n);
      if (n.$ref) walk(this.ref(n.$ref));
      for (const k of ['allOf', 'anyOf', 'oneOf']) (n[k] || []).forEach(walk);
      if (n.then) walk(n.then);
      if (n.else) walk(n.else);
    };
    walk(node);
    return out;
  }

  at(path) {
    let nodes = [this.root];
    for (const step of path) {
      const next = [];
      for (const n of nodes) {
        for (const a of this.alternatives(n)) {
          if (step === '[]') {
            if (a.items) next.push(...(Array.isArray(a.items) ? a.items : [a.items]));
          } else if (a.properties && a.properties[step]) {
            next.push(a.properties[step]);
          } else if (a.additionalProperties && typeof a.additionalProperties === 'object') {
            next.push(a.additionalProperties);
          }
        }
      }
      if (!next.length) return [];
      nodes = next;
    }
    return nodes;
  }

  /** Keys allowed at the path, each with its help text, in schema order. */
  keys(path) {
    const m = new Map();
    for (const n of this.at(path)) {
      for (const a of this.alternatives(n)) {
        for (const [k, v] of Object.entries(a.properties || {})) {
          if (!m.has(k)) m.set(k, this.describe([v]));
        }
      }
    }
    return m;
  }

  /** Allowed values (enum) at the path. */
  values(path) {
    const out = [];
    for (const n of this.at(path)) {
      for (const a of this.alternatives(n)) {
        for (const v of a.enum || []) if (typeof v === 'string' && !out.includes(v)) out.push(v);
      }
    }
    return out;
  }

  describe(nodes) {
    for (const n of nodes) {
      for (const a of this.alternatives(n)) {
        if (a.description) return a.description;
      }
    }
    return '';
  }
}
