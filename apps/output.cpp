#include "output.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace shortlist::app {
namespace {

bool write_all(int fd, const std::string& content) {
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

bool write_atomically(const std::string& path, const std::string& content,
                      std::string* why) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    *why = "cannot create a file in " + dir.string() + ": " + std::strerror(errno);
    return false;
  }
  const mode_t mask = ::umask(0);  // a new file gets the usual 0666 less the umask
  ::umask(mask);
  const bool ok =
      ::fchmod(fd, 0666 & ~mask) == 0 && write_all(fd, content) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
    *why = std::string("cannot write ") + path + ": " + std::strerror(ok ? errno : saved);
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace shortlist::app
