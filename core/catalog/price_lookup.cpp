#include "core/catalog/price_lookup.h"

#include <fmt/format.h>

namespace archdesk::core::catalog {

Result<InstancePrice> lookupPrice(const std::string&, store::Database*, const std::string& instanceType,
                                  const std::string& region, const std::string& os)
{
    return Error{ErrorCode::NotFound,
                 fmt::format("no price for {} in {} ({}); import a price file with `archdesk-cli prices import FILE` "
                             "or give the price in the plan",
                             instanceType, region, os),
                 {}};
}

} // namespace archdesk::core::catalog
