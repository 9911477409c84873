# A student-style login check storing salted password hashes.
import hashlib

users = {}

def hash_password(password, salt):
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

def register(name, password):
    salt = name[::-1]
    users[name] = (salt, hash_password(password, salt))

def login(name, password):
    if name not in users:
        return "no such user"
    salt, stored = users[name]
    return "welcome" if hash_password(password, salt) == stored else "wrong password"

register("alice", "s3cret")
register("bob", "hunter2")
print(users["alice"][1][:16])  # expect: 7a02133fcbfc4d20
print(login("alice", "s3cret"), "|", login("alice", "guess"), "|", login("carol", "x"))
# expect: welcome | wrong password | no such user
