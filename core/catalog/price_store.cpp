#include "core/catalog/price_store.h"

#include "core/store/database.h"

namespace archdesk::core::catalog {

Result<std::int64_t> storePrices(store::Database& db, const ParsedPrices& parsed, const std::string& file,
                                 std::int64_t importedAtMs, const ImportProgress& keepGoing)
{
    auto head = db.prepare("INSERT INTO price_import(file, format, source, price_date, imported_at, products) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!head)
        return head.error();
    head->bind(1, file).bind(2, parsed.format).bind(3, parsed.source).bind(4, parsed.date).bind(5, importedAtMs);
    head->bind(6, static_cast<std::int64_t>(parsed.productsSeen));
    if (auto r = head->run(); !r)
        return r.error();
    const std::int64_t id = db.lastInsertRowId();
    auto od = db.prepare("INSERT OR REPLACE INTO price_on_demand(import_id, instance_type, region, os, hourly) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!od)
        return od.error();
    auto ri = db.prepare("INSERT OR REPLACE INTO price_reserved(import_id, instance_type, region, os, term_years, "
                         "offering_class, payment, upfront, hourly) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!ri)
        return ri.error();
    std::size_t n = 0;
    for (const InstancePrice& p : parsed.prices) {
        if (keepGoing && ++n % 1000 == 0 && !keepGoing(n, parsed.prices.size()))
            return Error{ErrorCode::Cancelled, "import cancelled; nothing was imported", file};
        od->bind(1, id).bind(2, p.instanceType).bind(3, p.region).bind(4, p.os);
        if (p.onDemandHourly)
            od->bind(5, *p.onDemandHourly);
        else
            od->bindNull(5);
        if (auto r = od->run(); !r)
            return r.error();
        for (const ReservedPrice& r : p.reserved) {
            ri->bind(1, id).bind(2, p.instanceType).bind(3, p.region).bind(4, p.os).bind(5, r.termYears);
            ri->bind(6, r.offeringClass).bind(7, r.payment).bind(8, r.upfront).bind(9, r.hourly);
            if (auto rr = ri->run(); !rr)
                return rr.error();
        }
    }
    return id;
}

Result<std::vector<InstancePrice>> storedPrices(store::Database& db, const std::string& instanceType,
                                                const std::string& region, const std::string& os)
{
    auto q = db.prepare("SELECT i.id, i.source, i.price_date, p.hourly FROM price_on_demand p "
                        "JOIN price_import i ON i.id = p.import_id "
                        "WHERE p.instance_type = ?1 AND p.region = ?2 AND p.os = ?3 "
                        "ORDER BY i.price_date DESC, i.id DESC");
    if (!q)
        return q.error();
    q->bind(1, instanceType).bind(2, region).bind(3, os);
    auto rq = db.prepare("SELECT term_years, offering_class, payment, upfront, hourly FROM price_reserved "
                         "WHERE import_id = ?1 AND instance_type = ?2 AND region = ?3 AND os = ?4 "
                         "ORDER BY term_years, CASE offering_class WHEN 'standard' THEN 0 ELSE 1 END, "
                         "CASE payment WHEN 'no_upfront' THEN 0 WHEN 'partial_upfront' THEN 1 ELSE 2 END");
    if (!rq)
        return rq.error();
    std::vector<InstancePrice> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        InstancePrice p;
        p.instanceType = instanceType;
        p.region = region;
        p.os = os;
        p.source = q->columnText(1);
        p.date = q->columnText(2);
        if (!q->columnIsNull(3))
            p.onDemandHourly = q->columnDouble(3);
        rq->bind(1, q->columnInt(0)).bind(2, instanceType).bind(3, region).bind(4, os);
        for (;;) {
            auto rr = rq->step();
            if (!rr)
                return rr.error();
            if (!*rr)
                break;
            ReservedPrice r;
            r.termYears = static_cast<int>(rq->columnInt(0));
            r.offeringClass = rq->columnText(1);
            r.payment = rq->columnText(2);
            r.upfront = rq->columnDouble(3);
            r.hourly = rq->columnDouble(4);
            p.reserved.push_back(r);
        }
        rq->reset();
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<ImportRecord>> listImports(store::Database& db)
{
    auto q = db.prepare("SELECT i.id, i.file, i.format, i.source, i.price_date, i.imported_at, "
                        "(SELECT COUNT(*) FROM price_on_demand p WHERE p.import_id = i.id) "
                        "FROM price_import i ORDER BY i.id");
    if (!q)
        return q.error();
    std::vector<ImportRecord> out;
    auto rowsRead = q->forEachRow([&] {
        out.push_back({q->columnInt(0), q->columnText(1), q->columnText(2), q->columnText(3), q->columnText(4),
                       q->columnInt(5), q->columnInt(6)});
    });
    if (!rowsRead)
        return rowsRead.error();
    return out;
}

Result<std::vector<std::string>> pricedRegions(store::Database& db, const std::string& os)
{
    // Every imported price has its price_on_demand row (hourly NULL when the file had only reservations).
    auto q = db.prepare("SELECT DISTINCT region FROM price_on_demand WHERE os = ?1 ORDER BY 1");
    if (!q)
        return q.error();
    q->bind(1, os);
    std::vector<std::string> out;
    auto rowsRead = q->forEachRow([&] {
        out.push_back(q->columnText(0));
    });
    if (!rowsRead)
        return rowsRead.error();
    return out;
}

} // namespace archdesk::core::catalog
