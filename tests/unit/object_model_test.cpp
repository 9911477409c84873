// The object model's invariants: refcounting frees at once, teardown frees cycles, dict keeps
// insertion order through deletions and growth, C3 MRO, small/big int normalization.
#include <gtest/gtest.h>

#include "support/test_interp.h"
#include "vm/dict.h"
#include "vm/exception.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/protocol.h"
#include "vm/str.h"
#include "vm/type.h"

namespace loopscope::vm {
namespace {

TEST(ObjectModel, LastReferenceFreesAtOnce) {
    test::TestInterp t;
    uint64_t before = t.interp().heap.live_objects();
    {
        Ref<ListObject> l = make_list({make_str("a"), make_str("b")});
        EXPECT_EQ(t.interp().heap.live_objects(), before + 3);
    }
    EXPECT_EQ(t.interp().heap.live_objects(), before);
}

TEST(ObjectModel, LongChainsFreeWithoutDeepRecursion) {
    test::TestInterp t;
    uint64_t before = t.interp().heap.live_objects();
    {
        Value head = make_list();
        for (int i = 0; i < 1'000'000; ++i) head = make_list({head});
    }
    EXPECT_EQ(t.interp().heap.live_objects(), before);
}

TEST(ObjectModel, CyclesAreFreedAtTeardown) {
    // Under ASan this also proves teardown touches no freed memory.
    test::TestInterp t;
    Ref<ListObject> a = make_list();
    Ref<ListObject> b = make_list({Value(a)});
    a->items.push_back(Value(b));
}

TEST(Dict, KeepsInsertionOrderThroughDeletesAndGrowth) {
    test::TestInterp t;
    Ref<DictObject> d = make_dict();
    for (int i = 0; i < 100; ++i) d->set(Value::small_int(i), Value::small_int(i * i));
    for (int i = 0; i < 100; i += 2) EXPECT_TRUE(d->erase(Value::small_int(i)));
    for (int i = 100; i < 200; ++i) d->set(Value::small_int(i), Value::small_int(i));
    std::vector<int64_t> keys;
    for (const DictEntry& e : d->entries) if (!e.key.empty()) keys.push_back(e.key.as_int());
    ASSERT_EQ(keys.size(), 150u);
    EXPECT_EQ(keys.front(), 1);
    EXPECT_EQ(keys[49], 99);
    EXPECT_EQ(keys[50], 100);
    EXPECT_EQ(d->find(Value::small_int(51))->as_int(), 51 * 51);
    EXPECT_EQ(d->find(Value::small_int(50)), nullptr);
}

TEST(Dict, EqualNumbersAreOneKey) {
    test::TestInterp t;
    Ref<DictObject> d = make_dict();
    d->set(Value::small_int(1), make_str("int"));
    d->set(Value::real(1.0), make_str("float"));
    d->set(Value::boolean(true), make_str("bool"));
    EXPECT_EQ(d->size(), 1u);
    EXPECT_EQ(str_string(*d->find(Value::small_int(1))), "bool");
}

TEST(Dict, StrKeysMatchByTextNotIdentity) {
    test::TestInterp t;
    Ref<DictObject> d = make_dict();
    d->set(make_str("spam"), Value::small_int(1));
    EXPECT_NE(d->find(make_str("spam")), nullptr);
    EXPECT_NE(d->find_str(t.interp().intern("spam").get()), nullptr);
}

TEST(Types, C3LinearizationOfDiamond) {
    test::TestInterp t;
    auto cls = [&](const char* name, std::vector<Ref<TypeObject>> bases) {
        return make_class(name, std::move(bases), make_dict(), nullptr);
    };
    Ref<TypeObject> a = cls("A", {});
    Ref<TypeObject> b = cls("B", {a});
    Ref<TypeObject> c = cls("C", {a});
    Ref<TypeObject> d = cls("D", {b, c});
    std::vector<std::string> order;
    for (TypeObject* m : d->mro) order.push_back(m->name);
    EXPECT_EQ(order, (std::vector<std::string>{"D", "B", "C", "A", "object"}));
}

TEST(Types, InconsistentMroIsTypeError) {
    test::TestInterp t;
    Ref<TypeObject> a = make_class("A", {}, make_dict(), nullptr);
    Ref<TypeObject> b = make_class("B", {a}, make_dict(), nullptr);
    try {
        make_class("C", {a, b}, make_dict(), nullptr);
        FAIL() << "expected TypeError";
    } catch (const PyException& e) {
        EXPECT_EQ(format_exception_only(e.exc),
                  "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B");
    }
}

TEST(Ints, BigIntsNormalizeToSmall) {
    test::TestInterp t;
    Value big = make_int(mpz_class("100000000000000000000"));
    EXPECT_TRUE(big.is_obj());
    Value small = make_int(mpz_class("-42"));
    EXPECT_TRUE(small.is_small_int());
    EXPECT_EQ(small.as_int(), -42);
    EXPECT_EQ(hash_int(Value::small_int(-1)), -2);
    EXPECT_EQ(int_to_decimal(big), "100000000000000000000");
}

TEST(Ints, ParseLikeIntConstructor) {
    test::TestInterp t;
    EXPECT_EQ(make_int_from_string(" 1_000 ", 10).as_int(), 1000);
    EXPECT_EQ(make_int_from_string("0x1f", 16).as_int(), 31);
    EXPECT_EQ(make_int_from_string("0b101", 0).as_int(), 5);
    EXPECT_THROW(make_int_from_string("010", 0), PyException);
    EXPECT_THROW(make_int_from_string("1__0", 10), PyException);
}

}  // namespace
}  // namespace loopscope::vm
