// Files that reach the disk whole or not at all: a crash, a power cut or a
// disk that reports a failure late (a full disk, some file systems only
// when the data is synced) leaves no file that looks complete and is not.
// The pdf stage writes its PDFs with writeFileAtomically; the store, which
// stages a group of PDFs and renames them only once a record of them is on
// disk, with the two steps it is made of. Each throws std::system_error
// naming the file and the system's reason.
#pragma once

#include <filesystem>
#include <string_view>

namespace wop::base {

// Who may read a file or folder created: everyone (as the umask allows), or
// its owner alone (the store's data folder: its database holds the
// portal's password hashes, its PDFs the partnerships' documents).
enum class Readers { Anyone, Owner };

// Writes `bytes` to `path` through one descriptor and syncs them to disk;
// on failure nothing is left at `path`. A file created is 0644, or 0600
// for its owner alone.
void writeFileDurably(const std::filesystem::path& path, std::string_view bytes, Readers readers = Readers::Anyone);

// Creates `folder` and the folders above it that are missing, 0755, or 0700
// for their owner alone; folders already there are left as they are.
// Throws std::system_error.
void createFolders(const std::filesystem::path& folder, Readers readers);

// Syncs a folder, so that the names just created or renamed in it last.
void syncFolder(const std::filesystem::path& folder);

// Creates or replaces `path` as a whole: written durably under a temporary
// name beside it, renamed, the folder synced. Readers see the old file or
// the new one, never a part of either. A failure leaves no temporary file,
// and no new file at `path` whose name might not last.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, Readers readers = Readers::Anyone);

}  // namespace wop::base
