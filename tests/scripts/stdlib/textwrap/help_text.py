# Formatting command-line help text: dedent a docstring, fill paragraphs, indent options.
import textwrap

DOC = """
    usage: tool [options] FILE

    Process FILE and print a summary of its contents. Long lines in the input are folded so that the summary always fits comfortably in a terminal window.
"""
print(textwrap.dedent(DOC).strip().split("\n\n")[0])  # expect: usage: tool [options] FILE
for paragraph in textwrap.dedent(DOC).strip().split("\n\n")[1:]:
    print(textwrap.fill(paragraph, width=50))
# expect: Process FILE and print a summary of its contents.
# expect: Long lines in the input are folded so that the
# expect: summary always fits comfortably in a terminal
# expect: window.
options = {"-v": "print more details about what is being done", "-q": "quiet", "--width N": "wrap lines at N columns instead of the default of seventy"}
for flag, text in options.items():
    lines = textwrap.wrap(text, 40)
    print(f"  {flag:<10}{lines[0]}")
    for line in lines[1:]:
        print(" " * 12 + line)
# expect:   -v        print more details about what is being
# expect:             done
# expect:   -q        quiet
# expect:   --width N wrap lines at N columns instead of the
# expect:             default of seventy
print(textwrap.indent("a\nb", "  | "), textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
# expect:   | a
# expect:   | b The quick brown fox [...]
