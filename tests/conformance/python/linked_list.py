class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for item in reversed(list(iterable)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), list(ll), 3 in ll)
ll.reverse()
print(ll)
print(ll.remove(3), ll.remove(99), ll, len(ll))
ll.push("x")
print(ll, [v for v in ll if isinstance(v, int)])
print(LinkedList(), len(LinkedList()))
