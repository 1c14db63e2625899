#pragma once
// ChunkedFileBuf: a std::streambuf over a file read in 1 MiB chunks, so a huge price file streams
// through a parser in constant memory, reporting progress and honouring a cancel request. Read it
// either as a stream or chunk by chunk (nextChunk), not both.

#include <cstdint>
#include <cstdio>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/parsed_prices.h"

namespace archdesk::core::catalog {

class ChunkedFileBuf final : public std::streambuf
{
public:
    ChunkedFileBuf() = default;
    ChunkedFileBuf(const ChunkedFileBuf&) = delete;
    ChunkedFileBuf& operator=(const ChunkedFileBuf&) = delete;
    ~ChunkedFileBuf() override;

    // False when the file cannot be opened.
    bool open(const std::string& path, ImportProgress progress);

    std::uint64_t size() const { return m_size; }
    // Bytes handed to the reader so far (the offset of the next byte it will see).
    std::uint64_t position() const;
    bool cancelled() const { return m_cancelled; }
    // The rest of the current chunk, or the next one; empty at the end of the file, on a read error or a cancel.
    std::string_view nextChunk();
    bool readFailed() const { return m_readFailed; }

protected:
    int_type underflow() override;

private:
    std::FILE* m_file = nullptr;
    std::vector<char> m_buffer;
    std::uint64_t m_size = 0;
    std::uint64_t m_read = 0;
    ImportProgress m_progress;
    bool m_cancelled = false;
    bool m_readFailed = false;
};

} // namespace archdesk::core::catalog
