# A string literal missing its closing quote.
s = "never closed
print(s)
# expect error: SyntaxError: unterminated string literal (detected at line 2)
