# keyword: kwlist, softkwlist, iskeyword.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
# expect: 35 ['False', 'None', 'True', 'and', 'as'] ['_', 'case', 'match', 'type']
print([w for w in ["if", "match", "print", "None", "async", "type"] if keyword.iskeyword(w)], keyword.issoftkeyword("match"))
# expect: ['if', 'None', 'async'] True
