// MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4). The round constants are the standard ones
// (fractional parts of roots of primes, of sines for MD5); tests compare every digest with
// CPython's hashlib.
#include "stdlib_native/digests.h"

#include <array>
#include <cstring>

namespace loopscope::vm {

namespace {

uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

// The Merkle–Damgård frame all four share: buffer input into blocks, pad with 0x80, zeros and
// the bit length (big- or little-endian, 64 or 128 bits wide), compress each block.
template <class Self, size_t Block, size_t LengthBytes, bool BigEndianLength>
class BlockDigest : public Digest {
public:
    void update(std::string_view data) override {
        total_ += data.size();
        for (char c : data) {
            buffer_[fill_++] = uint8_t(c);
            if (fill_ == Block) {
                static_cast<Self*>(this)->compress(buffer_.data());
                fill_ = 0;
            }
        }
    }
    std::string digest() const override {
        Self copy = *static_cast<const Self*>(this);
        uint64_t bits = total_ * 8;
        copy.total_ = 0;
        std::string pad(1, char(0x80));
        size_t used = (fill_ + 1) % Block;
        size_t zeros = (used <= Block - LengthBytes) ? Block - LengthBytes - used : 2 * Block - LengthBytes - used;
        pad.append(zeros, '\0');
        std::string len(LengthBytes, '\0');
        for (size_t i = 0; i < 8; ++i) {
            char byte = char(bits >> (8 * i));
            if (BigEndianLength) len[LengthBytes - 1 - i] = byte;
            else len[i] = byte;
        }
        copy.update(pad + len);
        return copy.output();
    }
    std::unique_ptr<Digest> clone() const override { return std::make_unique<Self>(*static_cast<const Self*>(this)); }
    size_t block_size() const override { return Block; }

protected:
    std::array<uint8_t, Block> buffer_{};
    size_t fill_ = 0;
    uint64_t total_ = 0;
};

uint32_t load_be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
uint32_t load_le32(const uint8_t* p) { return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]; }
uint64_t load_be64(const uint8_t* p) { return uint64_t(load_be32(p)) << 32 | load_be32(p + 4); }

template <class Word>
std::string store_be(const Word* words, size_t count) {
    std::string out;
    for (size_t i = 0; i < count; ++i) {
        for (int b = int(sizeof(Word)) - 1; b >= 0; --b) out.push_back(char(words[i] >> (8 * b)));
    }
    return out;
}

// ---------------------------------------------------------------- MD5

class Md5 : public BlockDigest<Md5, 64, 8, false> {
public:
    void compress(const uint8_t* block) {
        static constexpr uint32_t K[64] = {
            0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
            0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
            0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
            0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
            0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
            0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
            0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
            0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u};
        static constexpr int S[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
        uint32_t m[16];
        for (int i = 0; i < 16; ++i) m[i] = load_le32(block + 4 * i);
        uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3];
        for (int i = 0; i < 64; ++i) {
            int round = i / 16;
            uint32_t f;
            int g;
            if (round == 0) { f = (b & c) | (~b & d); g = i; }
            else if (round == 1) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
            else if (round == 2) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
            else { f = c ^ (b | ~d); g = (7 * i) % 16; }
            uint32_t next = b + rotl32(a + f + K[i] + m[g], S[round][i % 4]);
            a = d; d = c; c = b; b = next;
        }
        h_[0] += a; h_[1] += b; h_[2] += c; h_[3] += d;
    }
    std::string output() const {
        std::string out;
        for (uint32_t w : h_) for (int b = 0; b < 4; ++b) out.push_back(char(w >> (8 * b)));
        return out;
    }
    const char* name() const override { return "md5"; }
    size_t digest_size() const override { return 16; }

private:
    uint32_t h_[4] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
};

// ---------------------------------------------------------------- SHA-1

class Sha1 : public BlockDigest<Sha1, 64, 8, true> {
public:
    void compress(const uint8_t* block) {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i) w[i] = load_be32(block + 4 * i);
        for (int i = 16; i < 80; ++i) w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f, k;
            if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999u; }
            else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1u; }
            else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdcu; }
            else { f = b ^ c ^ d; k = 0xca62c1d6u; }
            uint32_t t = rotl32(a, 5) + f + e + k + w[i];
            e = d; d = c; c = rotl32(b, 30); b = a; a = t;
        }
        h_[0] += a; h_[1] += b; h_[2] += c; h_[3] += d; h_[4] += e;
    }
    std::string output() const { return store_be(h_, 5); }
    const char* name() const override { return "sha1"; }
    size_t digest_size() const override { return 20; }

private:
    uint32_t h_[5] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
};

// ---------------------------------------------------------------- SHA-256

class Sha256 : public BlockDigest<Sha256, 64, 8, true> {
public:
    void compress(const uint8_t* block) {
        static constexpr uint32_t K[64] = {
            0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
            0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
            0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
            0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
            0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
            0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
            0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
            0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u};
        uint32_t w[64];
        for (int i = 0; i < 16; ++i) w[i] = load_be32(block + 4 * i);
        for (int i = 16; i < 64; ++i) {
            uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t v[8];
        std::memcpy(v, h_, sizeof v);
        for (int i = 0; i < 64; ++i) {
            uint32_t s1 = rotr32(v[4], 6) ^ rotr32(v[4], 11) ^ rotr32(v[4], 25);
            uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
            uint32_t t1 = v[7] + s1 + ch + K[i] + w[i];
            uint32_t s0 = rotr32(v[0], 2) ^ rotr32(v[0], 13) ^ rotr32(v[0], 22);
            uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            std::memmove(v + 1, v, 7 * sizeof(uint32_t));
            v[4] += t1;
            v[0] = t1 + s0 + maj;
        }
        for (int i = 0; i < 8; ++i) h_[i] += v[i];
    }
    std::string output() const { return store_be(h_, 8); }
    const char* name() const override { return "sha256"; }
    size_t digest_size() const override { return 32; }

private:
    uint32_t h_[8] = {0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
                      0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u};
};

// ---------------------------------------------------------------- SHA-512

class Sha512 : public BlockDigest<Sha512, 128, 16, true> {
public:
    void compress(const uint8_t* block) {
        static constexpr uint64_t K[80] = {
            0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
            0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
            0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
            0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
            0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
            0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
            0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
            0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
            0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
            0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
            0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
            0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
            0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
            0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
            0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
            0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
            0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
            0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
            0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
            0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};
        uint64_t w[80];
        for (int i = 0; i < 16; ++i) w[i] = load_be64(block + 8 * i);
        for (int i = 16; i < 80; ++i) {
            uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
            uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint64_t v[8];
        std::memcpy(v, h_, sizeof v);
        for (int i = 0; i < 80; ++i) {
            uint64_t s1 = rotr64(v[4], 14) ^ rotr64(v[4], 18) ^ rotr64(v[4], 41);
            uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
            uint64_t t1 = v[7] + s1 + ch + K[i] + w[i];
            uint64_t s0 = rotr64(v[0], 28) ^ rotr64(v[0], 34) ^ rotr64(v[0], 39);
            uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            std::memmove(v + 1, v, 7 * sizeof(uint64_t));
            v[4] += t1;
            v[0] = t1 + s0 + maj;
        }
        for (int i = 0; i < 8; ++i) h_[i] += v[i];
    }
    std::string output() const { return store_be(h_, 8); }
    const char* name() const override { return "sha512"; }
    size_t digest_size() const override { return 64; }

private:
    uint64_t h_[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                      0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
};

}  // namespace

std::unique_ptr<Digest> make_digest(std::string_view name) {
    if (name == "md5") return std::make_unique<Md5>();
    if (name == "sha1") return std::make_unique<Sha1>();
    if (name == "sha256") return std::make_unique<Sha256>();
    if (name == "sha512") return std::make_unique<Sha512>();
    return nullptr;
}

std::string sha512(std::string_view data) {
    Sha512 d;
    d.update(data);
    return d.digest();
}

}  // namespace loopscope::vm
