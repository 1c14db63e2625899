#pragma once
// Catalog: the bundled EC2 instance types and families (data/catalog), with lookup and filters.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/instance_family.h"
#include "core/catalog/instance_type.h"
#include "core/util/result.h"

namespace archdesk::core::catalog {

struct CatalogFilter
{
    std::string family;     // exact family id; empty = any
    std::string category;   // exact category id; empty = any
    std::string generation; // current | previous; empty = any
};

class Catalog
{
public:
    // Reads dataDir/catalog/{instance_types,families,families_2016}.json. Every problem names the file
    // and field; the first one is returned.
    static Result<Catalog> load(const std::string& dataDir);

    const std::vector<InstanceType>& types() const { return m_types; }
    const std::vector<InstanceFamily>& families() const { return m_families; }

    // The type with this name (case-insensitive), or a NotFound error suggesting the nearest names.
    Result<const InstanceType*> find(const std::string& name) const;
    const InstanceFamily* family(const std::string& id) const;

    std::vector<const InstanceType*> filter(const CatalogFilter& filter) const;
    // The 2016 exam families, in the order of families_2016.json.
    std::vector<const InstanceFamily*> examFamilies() const;

    static const std::vector<std::string>& categories();

private:
    std::vector<InstanceType> m_types;
    std::vector<InstanceFamily> m_families;
    std::map<std::string, std::size_t> m_typeIndex;
    std::map<std::string, std::size_t> m_familyIndex;
    std::vector<std::string> m_examOrder;
};

} // namespace archdesk::core::catalog
