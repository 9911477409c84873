// `_random`: the Mersenne Twister generator under random.py, bit for bit CPython's
// (Modules/_randommodule.c): MT19937 seeded with init_by_array over the seed's 32-bit words,
// random() built from two draws (27 + 26 bits), getrandbits() from whole words, least
// significant word first. random.py (engine/stdlib) implements the distributions on top, the
// way CPython's Lib/random.py does, so the same seed prints the same numbers.
#include <array>
#include <cstdint>

#include "stdlib_native/stdlib_native.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/native_args.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

class MersenneTwister {
public:
    void init_genrand(uint32_t s) {
        mt_[0] = s;
        for (int i = 1; i < kN; ++i) mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + uint32_t(i);
        index_ = kN;
    }

    void init_by_array(const std::vector<uint32_t>& key) {
        init_genrand(19650218u);
        int i = 1;
        size_t j = 0;
        for (size_t k = std::max<size_t>(kN, key.size()); k > 0; --k) {
            mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
            ++i;
            ++j;
            if (i >= kN) { mt_[0] = mt_[kN - 1]; i = 1; }
            if (j >= key.size()) j = 0;
        }
        for (int k = kN - 1; k > 0; --k) {
            mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
            ++i;
            if (i >= kN) { mt_[0] = mt_[kN - 1]; i = 1; }
        }
        mt_[0] = 0x80000000u;  // guarantees a non-zero initial state
    }

    uint32_t next_u32() {
        if (index_ >= kN) regenerate();
        uint32_t y = mt_[index_++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    // A double in [0, 1) with 53 random bits: 27 high bits and 26 low bits from two draws.
    double next_double() {
        uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    std::array<uint32_t, kN>& words() { return mt_; }
    int& index() { return index_; }

private:
    void regenerate() {
        static constexpr uint32_t mag01[2] = {0u, 0x9908b0dfu};
        auto mix = [](uint32_t hi, uint32_t lo) { return (hi & 0x80000000u) | (lo & 0x7fffffffu); };
        int k = 0;
        for (; k < kN - kM; ++k) {
            uint32_t y = mix(mt_[k], mt_[k + 1]);
            mt_[k] = mt_[k + kM] ^ (y >> 1) ^ mag01[y & 1u];
        }
        for (; k < kN - 1; ++k) {
            uint32_t y = mix(mt_[k], mt_[k + 1]);
            mt_[k] = mt_[k + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1u];
        }
        uint32_t y = mix(mt_[kN - 1], mt_[0]);
        mt_[kN - 1] = mt_[kM - 1] ^ (y >> 1) ^ mag01[y & 1u];
        index_ = 0;
    }

    std::array<uint32_t, kN> mt_{};
    int index_ = kN + 1;
};

struct GeneratorObject : Object {
    MersenneTwister mt;
};

MersenneTwister& gen(const Value& self) { return static_cast<GeneratorObject*>(self.as_obj())->mt; }

// The 32-bit words of |n|, least significant first; [0] for zero.
std::vector<uint32_t> seed_words(const mpz_class& n) {
    std::vector<uint32_t> key;
    mpz_class rest = abs(n);
    while (rest != 0) {
        key.push_back(uint32_t(mpz_get_ui(rest.get_mpz_t()) & 0xffffffffu));
        rest >>= 32;
    }
    if (key.empty()) key.push_back(0);
    return key;
}

// The fixed seed of unseeded generators: loopscope runs must be reproducible, so there is no
// entropy source. random.py varies it per generator created.
constexpr uint32_t kDefaultSeed = 20250101u;

// seed(n): ints use every bit of |n|; any other hashable seeds with its hash as an unsigned
// 64-bit number (what CPython's C layer does for floats).
Value generator_seed(const CallArgs& a) {
    unpack_args("seed", a, 0, 1, 1);
    mpz_class n;
    if (a.nargs < 2 || a[1].is_none()) {
        n = kDefaultSeed;
    } else if (is_int(a[1])) {
        n = to_mpz(a[1]);
    } else {
        uint64_t h = uint64_t(hash(a[1]));
        n = mpz_class(std::to_string(h));
    }
    gen(a[0]).init_by_array(seed_words(n));
    return Value::none();
}

Value generator_random(const CallArgs& a) {
    no_args("random", a, 1);
    return Value::real(gen(a[0]).next_double());
}

Value generator_getrandbits(const CallArgs& a) {
    exact_one_arg("getrandbits", a, 1);
    int64_t k = arg_index(a[1]);
    if (k < 0) raise_value_error("number of bits must be non-negative");
    MersenneTwister& mt = gen(a[0]);
    if (k == 0) return Value::small_int(0);
    if (k <= 32) return Value::small_int(int64_t(mt.next_u32() >> (32 - k)));
    mpz_class result = 0;
    for (int64_t shift = 0; k > 0; shift += 32, k -= 32) {
        uint32_t r = mt.next_u32();
        if (k < 32) r >>= (32 - k);
        result += mpz_class(r) << mp_bitcnt_t(shift);
    }
    return make_int(result);
}

Value generator_getstate(const CallArgs& a) {
    no_args("getstate", a, 1);
    MersenneTwister& mt = gen(a[0]);
    std::vector<Value> items;
    for (uint32_t w : mt.words()) items.push_back(Value::small_int(w));
    items.push_back(Value::small_int(mt.index()));
    return Value(make_tuple(std::move(items)));
}

Value generator_setstate(const CallArgs& a) {
    exact_one_arg("setstate", a, 1);
    if (!isinstance(a[1], types().tuple)) raise_type_error("state vector must be a tuple");
    const auto& items = static_cast<TupleObject*>(a[1].as_obj())->items;
    if (items.size() != kN + 1) raise_value_error("state vector is the wrong size");
    MersenneTwister& mt = gen(a[0]);
    for (int i = 0; i < kN; ++i) {
        mpz_class w = to_mpz(items[i]);
        if (w < 0 || w > 0xffffffffu) raise_overflow("Python int too large to convert to C unsigned long");
        mt.words()[i] = uint32_t(w.get_ui());
    }
    int64_t index = arg_index(items[kN]);
    if (index < 0 || index > kN) raise_value_error("invalid state");
    mt.index() = int(index);
    return Value::none();
}

Value generator_new(const CallArgs& a) {
    auto g = make<GeneratorObject>(static_cast<TypeObject*>(a[0].as_obj()));
    g->mt.init_by_array(seed_words(kDefaultSeed));
    return Value(g);
}

}  // namespace

Value create_random_core_module(Interp&) {
    Ref<ModuleObject> m = make_module("_random");
    Ref<TypeObject> t = make_builtin_type("Random", nullptr, Layout::Native, false);
    t->module = "_random";
    add_method(t.get(), "__new__", generator_new, NativeKind::StaticMethod);
    add_method(t.get(), "seed", generator_seed);
    add_method(t.get(), "random", generator_random);
    add_method(t.get(), "getrandbits", generator_getrandbits);
    add_method(t.get(), "getstate", generator_getstate);
    add_method(t.get(), "setstate", generator_setstate);
    module_set(m->dict.get(), "Random", Value(t));
    return Value(m);
}

}  // namespace loopscope::vm
