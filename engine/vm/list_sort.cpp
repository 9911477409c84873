// list.sort: the run detection and binary insertion of CPython 3.13's timsort (so short
// lists make exactly CPython's comparisons, in CPython's order: visible when __lt__ prints or
// raises), then a plain stable merge of the runs for long lists.
#include <algorithm>

#include "vm/cost_model.h"
#include "vm/exception.h"
#include "vm/list_ops.h"
#include "vm/protocol.h"

namespace loopscope::vm {

namespace {

// Sort items: keys (what is compared) and values (what is stored), moved together.
struct Slice {
    std::vector<Value>& keys;
    std::vector<Value>* values;  // nullptr when keys are the values

    void swap(size_t i, size_t j) {
        std::swap(keys[i], keys[j]);
        if (values) std::swap((*values)[i], (*values)[j]);
    }
    void reverse(size_t lo, size_t hi) {  // [lo, hi)
        while (hi > lo + 1) swap(lo++, --hi);
    }
    // Moves element `from` down to position `to` (to <= from), shifting the rest right.
    void rotate_into(size_t to, size_t from) {
        std::rotate(keys.begin() + long(to), keys.begin() + long(from), keys.begin() + long(from) + 1);
        if (values) {
            std::rotate(values->begin() + long(to), values->begin() + long(from), values->begin() + long(from) + 1);
        }
    }
};

bool less(const Value& a, const Value& b) {
    charge_work(Work::SortCompare, 1);
    return compare_bool(CmpOp::Lt, a, b);
}

// CPython 3.13's count_run: length of the run starting at `lo`, made ascending in place.
// Descending runs (with equal sub-runs kept stable) are reversed.
size_t count_run(Slice& s, size_t lo, size_t remaining) {
    auto& k = s.keys;
    size_t n = 1;
    for (; n < remaining; ++n) {
        if (less(k[lo + n], k[lo + n - 1])) break;
    }
    if (n == remaining) return n;
    if (n > 1) {
        if (less(k[lo], k[lo + n - 1])) return n;
        s.reverse(lo, lo + n);  // all equal: reversed now, restored by the final reversal
    }
    ++n;
    size_t neq = 0;
    auto reverse_last_equal = [&]() {
        if (neq) {
            ++neq;
            s.reverse(lo + n - neq, lo + n);
            neq = 0;
        }
    };
    for (; n < remaining; ++n) {
        if (less(k[lo + n], k[lo + n - 1])) {
            reverse_last_equal();
        } else if (less(k[lo + n - 1], k[lo + n])) {
            break;
        } else {
            ++neq;
        }
    }
    reverse_last_equal();
    s.reverse(lo, lo + n);
    for (; n < remaining; ++n) {
        if (less(k[lo + n], k[lo + n - 1])) break;
    }
    return n;
}

// Binary insertion of [lo + ok, lo + n) into the sorted [lo, lo + ok).
void binary_sort(Slice& s, size_t lo, size_t n, size_t ok) {
    if (ok == 0) ok = 1;
    for (; ok < n; ++ok) {
        size_t left = 0, right = ok;
        const Value pivot = s.keys[lo + ok];
        while (left < right) {
            size_t mid = (left + right) >> 1;
            if (less(pivot, s.keys[lo + mid])) right = mid;
            else left = mid + 1;
        }
        s.rotate_into(lo + left, lo + ok);
    }
}

size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Stable merge of the adjacent sorted ranges [lo, mid) and [mid, hi).
void merge(Slice& s, size_t lo, size_t mid, size_t hi) {
    std::vector<Value> keys, values;
    keys.reserve(hi - lo);
    size_t i = lo, j = mid;
    std::vector<size_t> order;
    order.reserve(hi - lo);
    while (i < mid && j < hi) {
        if (less(s.keys[j], s.keys[i])) order.push_back(j++);
        else order.push_back(i++);
    }
    while (i < mid) order.push_back(i++);
    while (j < hi) order.push_back(j++);
    for (size_t idx : order) {
        keys.push_back(s.keys[idx]);
        if (s.values) values.push_back((*s.values)[idx]);
    }
    for (size_t t = 0; t < order.size(); ++t) {
        s.keys[lo + t] = std::move(keys[t]);
        if (s.values) (*s.values)[lo + t] = std::move(values[t]);
    }
}

void timsort(Slice& s) {
    size_t n = s.keys.size();
    if (n < 2) return;
    size_t minrun = compute_minrun(n);
    std::vector<std::pair<size_t, size_t>> runs;  // [start, end)
    for (size_t lo = 0; lo < n;) {
        size_t remaining = n - lo;
        size_t len = count_run(s, lo, remaining);
        if (len < minrun) {
            size_t force = std::min(remaining, minrun);
            binary_sort(s, lo, force, len);
            len = force;
        }
        runs.emplace_back(lo, lo + len);
        lo += len;
    }
    while (runs.size() > 1) {
        std::vector<std::pair<size_t, size_t>> merged;
        for (size_t r = 0; r + 1 < runs.size(); r += 2) {
            merge(s, runs[r].first, runs[r].second, runs[r + 1].second);
            merged.emplace_back(runs[r].first, runs[r + 1].second);
        }
        if (runs.size() % 2) merged.push_back(runs.back());
        runs = std::move(merged);
    }
}

}  // namespace

void sort_values(std::vector<Value>& items, const Value& key, bool reverse) {
    std::vector<Value> values = items;  // a raising key function leaves `items` as it was
    bool has_key = !key.empty() && !key.is_none();
    std::vector<Value> keys;
    if (has_key) {
        keys.reserve(values.size());
        for (const Value& v : values) keys.push_back(call(key, {v}));
    }
    // Reverse before and after sorting: keeps equal elements in their original order.
    if (reverse) {
        std::reverse(values.begin(), values.end());
        if (has_key) std::reverse(keys.begin(), keys.end());
    }
    Slice s{has_key ? keys : values, has_key ? &values : nullptr};
    try {
        timsort(s);
    } catch (const PyException&) {
        // CPython leaves the list in whatever order the sort had reached (un-reversed).
        if (reverse) std::reverse(values.begin(), values.end());
        items = std::move(values);
        throw;
    }
    if (reverse) std::reverse(values.begin(), values.end());
    items = std::move(values);
}

}  // namespace loopscope::vm
