#pragma once

#include "models/domain/Catalog.h"
#include "models/domain/Directory.h"

namespace warden::bench {

// The sizes of a generated directory; the defaults are the benchmark directory.
struct Sizes
{
    int folders = 100000;
    int maxDepth = 8;
    double nonInheriting = 0.3;
    int users = 20000;
    int roles = 2000;
    int teams = 30000; // besides the system teams
    int memberships = 500000;

    Sizes scaled(double factor) const;
};

// A large, realistic-looking directory made from a seed: the same seed gives the same directory.
Directory generateDirectory(const Catalog& catalog, const Sizes& sizes, quint64 seed);

} // namespace warden::bench
