#include "core/catalog/regions.h"

#include <map>

namespace archdesk::core::catalog {

std::optional<std::string> regionCodeForLocation(const std::string& location)
{
    // Old offer files (before regionCode was added in 2019) name Regions only by these titles.
    static const std::map<std::string, std::string> codes = {
        {"US East (N. Virginia)", "us-east-1"},         {"US East (Ohio)", "us-east-2"},
        {"US West (N. California)", "us-west-1"},       {"US West (Oregon)", "us-west-2"},
        {"Africa (Cape Town)", "af-south-1"},           {"Asia Pacific (Hong Kong)", "ap-east-1"},
        {"Asia Pacific (Mumbai)", "ap-south-1"},        {"Asia Pacific (Hyderabad)", "ap-south-2"},
        {"Asia Pacific (Tokyo)", "ap-northeast-1"},     {"Asia Pacific (Seoul)", "ap-northeast-2"},
        {"Asia Pacific (Osaka)", "ap-northeast-3"},     {"Asia Pacific (Osaka-Local)", "ap-northeast-3"},
        {"Asia Pacific (Singapore)", "ap-southeast-1"}, {"Asia Pacific (Sydney)", "ap-southeast-2"},
        {"Asia Pacific (Jakarta)", "ap-southeast-3"},   {"Asia Pacific (Melbourne)", "ap-southeast-4"},
        {"Canada (Central)", "ca-central-1"},           {"Canada West (Calgary)", "ca-west-1"},
        {"EU (Frankfurt)", "eu-central-1"},             {"EU (Zurich)", "eu-central-2"},
        {"EU (Ireland)", "eu-west-1"},                  {"EU (London)", "eu-west-2"},
        {"EU (Paris)", "eu-west-3"},                    {"EU (Stockholm)", "eu-north-1"},
        {"EU (Milan)", "eu-south-1"},                   {"EU (Spain)", "eu-south-2"},
        {"Israel (Tel Aviv)", "il-central-1"},          {"Middle East (Bahrain)", "me-south-1"},
        {"Middle East (UAE)", "me-central-1"},          {"South America (Sao Paulo)", "sa-east-1"},
        {"AWS GovCloud (US)", "us-gov-west-1"},         {"AWS GovCloud (US-West)", "us-gov-west-1"},
        {"AWS GovCloud (US-East)", "us-gov-east-1"},
    };
    const auto it = codes.find(location);
    if (it == codes.end())
        return std::nullopt;
    return it->second;
}

} // namespace archdesk::core::catalog
