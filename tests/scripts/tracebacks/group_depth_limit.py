# Exception groups nested deeper than 10 are cut off.
g = ValueError("leaf")
for i in range(13):
    g = ExceptionGroup(f"level {i}", [g])
raise g
# expect error:                       +------------------------------------
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "tracebacks/group_depth_limit.py", line 5, in <module>
# expect stderr:   |     raise g
# expect stderr:   | ExceptionGroup: level 12 (1 sub-exception)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | ExceptionGroup: level 11 (1 sub-exception)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | ExceptionGroup: level 10 (1 sub-exception)
# expect stderr:       +-+---------------- 1 ----------------
# expect stderr:         | ExceptionGroup: level 9 (1 sub-exception)
# expect stderr:         +-+---------------- 1 ----------------
# expect stderr:           | ExceptionGroup: level 8 (1 sub-exception)
# expect stderr:           +-+---------------- 1 ----------------
# expect stderr:             | ExceptionGroup: level 7 (1 sub-exception)
# expect stderr:             +-+---------------- 1 ----------------
# expect stderr:               | ExceptionGroup: level 6 (1 sub-exception)
# expect stderr:               +-+---------------- 1 ----------------
# expect stderr:                 | ExceptionGroup: level 5 (1 sub-exception)
# expect stderr:                 +-+---------------- 1 ----------------
# expect stderr:                   | ExceptionGroup: level 4 (1 sub-exception)
# expect stderr:                   +-+---------------- 1 ----------------
# expect stderr:                     | ExceptionGroup: level 3 (1 sub-exception)
# expect stderr:                     +-+---------------- 1 ----------------
# expect stderr:                       | ... (max_group_depth is 10)
# expect stderr:                       +------------------------------------
