#include "core/catalog/chunked_file_buf.h"

#include <filesystem>

namespace archdesk::core::catalog {

ChunkedFileBuf::~ChunkedFileBuf()
{
    if (m_file)
        std::fclose(m_file);
}

bool ChunkedFileBuf::open(const std::string& path, ImportProgress progress)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return false;
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file)
        return false;
    m_size = std::filesystem::file_size(path, ec);
    if (ec)
        m_size = 0;
    m_buffer.resize(1 << 20);
    m_progress = std::move(progress);
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data());
    return true;
}

std::uint64_t ChunkedFileBuf::position() const
{
    return m_read - static_cast<std::uint64_t>(egptr() - gptr());
}

std::string_view ChunkedFileBuf::nextChunk()
{
    if (gptr() == egptr() && traits_type::eq_int_type(underflow(), traits_type::eof()))
        return {};
    const std::string_view chunk(gptr(), static_cast<std::size_t>(egptr() - gptr()));
    setg(eback(), egptr(), egptr());
    return chunk;
}

ChunkedFileBuf::int_type ChunkedFileBuf::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    if (!m_file || m_cancelled)
        return traits_type::eof();
    if (m_progress && !m_progress(m_read, m_size)) {
        // Ending the stream makes the parser stop; the caller tells a cancel from a truncation by this flag.
        m_cancelled = true;
        return traits_type::eof();
    }
    const std::size_t n = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
    if (n == 0) {
        m_readFailed = std::ferror(m_file) != 0;
        return traits_type::eof();
    }
    m_read += n;
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
    return traits_type::to_int_type(*gptr());
}

} // namespace archdesk::core::catalog
