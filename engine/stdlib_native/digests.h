// Message digests: MD5, SHA-1, SHA-256, SHA-512 (hashlib, and random.seed(str), which hashes
// the seed with SHA-512 as CPython does). Incremental: update() any number of times, then
// digest() — which does not disturb the state, so update() may continue afterwards.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace loopscope::vm {

class Digest {
public:
    virtual ~Digest() = default;
    virtual void update(std::string_view data) = 0;
    virtual std::string digest() const = 0;  // raw bytes
    virtual std::unique_ptr<Digest> clone() const = 0;
    virtual const char* name() const = 0;     // "sha256"
    virtual size_t digest_size() const = 0;   // bytes
    virtual size_t block_size() const = 0;    // bytes
};

// nullptr when `name` is not one of md5, sha1, sha256, sha512.
std::unique_ptr<Digest> make_digest(std::string_view name);

std::string sha512(std::string_view data);

}  // namespace loopscope::vm
