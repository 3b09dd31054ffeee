TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), len(freq))
for word, n in ranked[:6]:
    print(f"{word:>10} {'#' * n} {n}")
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for size in sorted(lengths):
    print(size, sorted(lengths[size]))
longest = max(words, key=len)
print("longest:", longest, "avg:", round(sum(map(len, words)) / len(words), 3))
caps = " ".join(w.capitalize() for w in words[:8])
print(caps)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed(acronym)), acronym.lower()[::-1])
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels", vowels)
