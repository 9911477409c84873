# A missing dict key shows the key's repr.
config = {"host": "localhost"}
print(config["port"])
# expect error: KeyError: 'port'
