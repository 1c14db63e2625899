#pragma once
// Fuzz helper: the readers under test take a file name, so each input is written to a per-process file.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

inline std::string writeFuzzInput(const std::uint8_t* data, std::size_t size, const char* extension)
{
    static const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                             ("archdesk-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / (std::string("input") + extension)).string();
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                   static_cast<std::streamsize>(size));
    return path;
}
