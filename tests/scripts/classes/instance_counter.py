# Instances created in a loop with identity checks.
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
head = None
for v in range(5):
    head = Node(v, head)
vals = []
node = head
while node is not None:
    vals.append(node.val)
    node = node.next
print(vals)  # expect: [4, 3, 2, 1, 0]
