# A word-frequency report: normalizing text, counting, ranking, and a little histogram.
import string
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

STOP_WORDS = {"it", "was", "the", "of"}


def words(text):
    table = str.maketrans("", "", string.punctuation)
    return text.lower().translate(table).split()


def report(text, top=5):
    all_words = words(text)
    counts = Counter(w for w in all_words if w not in STOP_WORDS)
    print(f"{len(all_words)} words, {len(set(all_words))} distinct")
    print(f"longest word: {max(all_words, key=len)}")
    print(f"top {top}:")
    for word, count in counts.most_common(top):
        print(f"  {word:<12}{count:>3} {'#' * count}")
    by_length = Counter(len(w) for w in all_words)
    for length in sorted(by_length):
        print(f"  {length:2d} letters: {by_length[length]}")
    first_letters = Counter(w[0] for w in counts)
    common = sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("common first letters:", common)


report(TEXT)
# expect: 60 words, 20 distinct
# expect: longest word: foolishness
# expect: top 5:
# expect:   times         2 ##
# expect:   age           2 ##
# expect:   epoch         2 ##
# expect:   season        2 ##
# expect:   best          1 #
# expect:    2 letters: 20
# expect:    3 letters: 22
# expect:    4 letters: 2
# expect:    5 letters: 6
# expect:    6 letters: 6
# expect:    7 letters: 1
# expect:    8 letters: 1
# expect:   11 letters: 2
# expect: common first letters: [('w', 3), ('b', 2), ('d', 2)]
