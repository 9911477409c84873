# __getattr__ runs only for missing attributes.
class Proxy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        return f"<computed {name}>"
p = Proxy()
print(p.real, p.missing, getattr(p, "other"))  # expect: present <computed missing> <computed other>
print(hasattr(p, "anything"))  # expect: True
