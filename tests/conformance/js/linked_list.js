// A linked list with an iterator, and a binary search tree.
class LinkedList {
  #head = null;
  #size = 0;
  push(value) {
    const node = { value, next: null };
    if (!this.#head) this.#head = node;
    else {
      let cur = this.#head;
      while (cur.next) cur = cur.next;
      cur.next = node;
    }
    this.#size++;
    return this;
  }
  reverse() {
    let prev = null, cur = this.#head;
    while (cur) [cur.next, prev, cur] = [prev, cur, cur.next];
    this.#head = prev;
    return this;
  }
  get size() { return this.#size; }
  *[Symbol.iterator]() { for (let n = this.#head; n; n = n.next) yield n.value; }
  toString() { return [...this].join(" -> ") || "(empty)"; }
}
const list = new LinkedList();
console.log(String(list));
list.push(1).push(2).push(3);
console.log(String(list), list.size);
console.log(String(list.reverse()));
class BST {
  root = null;
  insert(v) {
    const node = { v, left: null, right: null };
    if (!this.root) { this.root = node; return; }
    let cur = this.root;
    for (;;) {
      const side = v < cur.v ? "left" : "right";
      if (!cur[side]) { cur[side] = node; return; }
      cur = cur[side];
    }
  }
  *inorder(n = this.root) {
    if (!n) return;
    yield* this.inorder(n.left);
    yield n.v;
    yield* this.inorder(n.right);
  }
  height(n = this.root) { return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0; }
}
const t = new BST();
for (const v of [50, 30, 70, 20, 40, 60, 80, 35]) t.insert(v);
console.log([...t.inorder()].join(","), t.height());
