# pformat of a nested configuration at several widths.
import pprint

config = {
    "server": {"host": "localhost", "ports": [8080, 8081, 8082], "tls": False},
    "users": [{"name": "admin", "roles": ["read", "write", "delete"]}, {"name": "guest", "roles": ["read"]}],
    "motd": "Welcome to the server. Please behave, and remember that every action is logged.",
}
for width in (120, 60, 30):
    print(f"--- width {width}")
    print(pprint.pformat(config, width=width))
# expect: --- width 120
# expect: {'motd': 'Welcome to the server. Please behave, and remember that every action is logged.',
# expect:  'server': {'host': 'localhost', 'ports': [8080, 8081, 8082], 'tls': False},
# expect:  'users': [{'name': 'admin', 'roles': ['read', 'write', 'delete']}, {'name': 'guest', 'roles': ['read']}]}
# expect: --- width 60
# expect: {'motd': 'Welcome to the server. Please behave, and '
# expect:          'remember that every action is logged.',
# expect:  'server': {'host': 'localhost',
# expect:             'ports': [8080, 8081, 8082],
# expect:             'tls': False},
# expect:  'users': [{'name': 'admin',
# expect:             'roles': ['read', 'write', 'delete']},
# expect:            {'name': 'guest', 'roles': ['read']}]}
# expect: --- width 30
# expect: {'motd': 'Welcome to the '
# expect:          'server. Please '
# expect:          'behave, and '
# expect:          'remember that '
# expect:          'every action is '
# expect:          'logged.',
# expect:  'server': {'host': 'localhost',
# expect:             'ports': [8080,
# expect:                       8081,
# expect:                       8082],
# expect:             'tls': False},
# expect:  'users': [{'name': 'admin',
# expect:             'roles': ['read',
# expect:                       'write',
# expect:                       'delete']},
# expect:            {'name': 'guest',
# expect:             'roles': ['read']}]}
pprint.pp({"z": 1, "a": 2})  # expect: {'z': 1, 'a': 2}
