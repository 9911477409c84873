// The compare view's model: 2–4 programs (files or lesson variants) run one after another,
// each with its trace modelled, so their timelines can share one time axis.
//
// Synchronous on purpose: running it off the UI thread is the app's business (run_worker.h).
// Names differ from app_state.h's CompareRun (the app's view state) on purpose: these are the
// plain inputs and results.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "api/run.h"
#include "model/lesson.h"
#include "trace/trace_model.h"

namespace loopscope::app {

inline constexpr size_t kMinCompared = 2;
inline constexpr size_t kMaxCompared = 4;

// One program to compare.
struct CompareInput {
    Text title;            // shown over its lanes
    std::string filename;  // for tracebacks and the trace's file list
    std::string source;    // ready to run (lesson parameters already applied)
};

// One program's run.
struct ComparedRun {
    Text title;
    std::string filename;
    RunResult result;                          // stdout, stderr, exit code, virtual_ns
    std::shared_ptr<trace::TraceModel> model;  // its trace (never null; empty if nothing ran)
    uint64_t total_ns = 0;                     // virtual time the whole program took
    std::string error;                         // "" = ran cleanly; else the first stderr line
};

struct Comparison {
    std::vector<ComparedRun> runs;  // in input order
    uint64_t longest_ns = 0;        // the shared axis' end: max total_ns
};

// A lesson's variants, its parameters applied (at their current values).
std::vector<CompareInput> compare_inputs_from_lesson(const Lesson& lesson);

// Command-line arguments (`--compare A B C D`) → inputs. Each argument is
//   - a .py file: run as written; its title is the variant's when it is a variant of one of
//     `lessons` (same file), else its stem;
//   - a lesson folder, lesson.json or lesson id: all of that lesson's variants;
//   - LESSON_ID/VARIANT_ID: one variant of a lesson.
// False with a message in `error` when an argument matches nothing, or when the total is not
// 2–4 programs.
bool compare_inputs_from_args(const std::vector<std::string>& args,
                              const std::vector<Lesson>& lessons, std::vector<CompareInput>& out,
                              std::string& error);

// Runs each input with record_trace on the calling thread (see run_program: it makes a thread
// with a large stack and waits). Never throws; a failing program is a run with `error` set.
Comparison run_comparison(const std::vector<CompareInput>& inputs, const RunLimits& limits = {});

}  // namespace loopscope::app
