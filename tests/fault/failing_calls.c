// Loaded into the real wopdocs with LD_PRELOAD, it makes real calls fail as
// a failing disk makes them fail, with EIO, where the environment says:
//
//   WOPDOCS_FAIL_RENAME=TEXT       a rename whose target path contains TEXT
//                                  fails, and renames nothing.
//   WOPDOCS_FAIL_FOLDER_SYNC=TEXT  an fsync of a folder whose path contains
//                                  TEXT fails, when a rename into that folder
//                                  has succeeded since its last sync.
//
// and, for a disk that fills up where a test may not mount a small one of
// its own, with ENOSPC:
//
//   WOPDOCS_FULL_DISK=BYTES:FOLDER  the files under FOLDER are on a disk
//                                  with BYTES free: a write that would grow
//                                  them past that fails, and writes nothing.
//
// Every other call goes to the C library untouched. wopdocs calls rename
// through std::filesystem::rename, which calls the C library's rename (and
// that one the system call itself, past any wrapper): wrapping rename is
// enough. Files are written with write (wopdocs' own) and pwrite64 (SQLite's).
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static int (*realRename)(const char*, const char*);
static int (*realFsync)(int);
static ssize_t (*realWrite)(int, const void*, size_t);
static ssize_t (*realPwrite64)(int, const void*, size_t, off64_t);

// The full disk: its folder ("" when none) and the bytes still free on it.
static char diskFolder[PATH_MAX];
static uint64_t diskFree;
static pthread_mutex_t diskLock = PTHREAD_MUTEX_INITIALIZER;

__attribute__((constructor)) static void findTheRealCalls(void) {
    realRename = (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "rename");
    realFsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    realWrite = (ssize_t(*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
    realPwrite64 = (ssize_t(*)(int, const void*, size_t, off64_t))dlsym(RTLD_NEXT, "pwrite64");
    const char* disk = getenv("WOPDOCS_FULL_DISK");
    char* folder = NULL;
    if (disk) diskFree = strtoull(disk, &folder, 10);
    if (folder && *folder == ':') snprintf(diskFolder, sizeof diskFolder, "%s/", folder + 1);
}

static bool contains(const char* text, const char* variable) {
    const char* wanted = getenv(variable);
    return wanted && *wanted && strstr(text, wanted);
}

// The folders a rename went into since their last sync, known by device and
// inode: the rename's path and /proc's may spell a folder differently. Only
// the sync that would make renamed names last fails; the sync of the pending
// record's folder before the renames must still succeed. Only renames whose
// target contains the text are kept, so a few slots do.
enum { slots = 16 };
static struct {
    dev_t device;
    ino_t inode;
} renamedInto[slots];
static int renamedFolders;
static pthread_mutex_t renamedLock = PTHREAD_MUTEX_INITIALIZER;

static void rememberRenameInto(const char* target) {
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", target);
    struct stat status;
    if (stat(dirname(path), &status) != 0) return;
    pthread_mutex_lock(&renamedLock);
    bool known = false;
    for (int i = 0; i < renamedFolders && !known; ++i)
        known = renamedInto[i].device == status.st_dev && renamedInto[i].inode == status.st_ino;
    if (!known && renamedFolders < slots) {
        renamedInto[renamedFolders].device = status.st_dev;
        renamedInto[renamedFolders].inode = status.st_ino;
        ++renamedFolders;
    }
    pthread_mutex_unlock(&renamedLock);
}

// Whether a rename into the folder has succeeded since its last sync; this
// sync is that sync.
static bool forgetRenamesInto(const struct stat* folder) {
    pthread_mutex_lock(&renamedLock);
    bool renamed = false;
    for (int i = 0; i < renamedFolders && !renamed; ++i) {
        if (renamedInto[i].device == folder->st_dev && renamedInto[i].inode == folder->st_ino) {
            renamedInto[i] = renamedInto[--renamedFolders];
            renamed = true;
        }
    }
    pthread_mutex_unlock(&renamedLock);
    return renamed;
}

int rename(const char* source, const char* target) {
    if (contains(target, "WOPDOCS_FAIL_RENAME")) {
        errno = EIO;
        return -1;
    }
    const int result = realRename(source, target);
    if (result == 0 && contains(target, "WOPDOCS_FAIL_FOLDER_SYNC")) rememberRenameInto(target);
    return result;
}

int fsync(int fd) {
    struct stat status;
    if (getenv("WOPDOCS_FAIL_FOLDER_SYNC") && fstat(fd, &status) == 0 && S_ISDIR(status.st_mode) &&
        forgetRenamesInto(&status)) {
        char link[64];
        char folder[PATH_MAX];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        const ssize_t length = readlink(link, folder, sizeof folder - 1);
        if (length > 0) {
            folder[length] = '\0';
            if (contains(folder, "WOPDOCS_FAIL_FOLDER_SYNC")) {
                errno = EIO;  // nothing synced: the renamed names may not last
                return -1;
            }
        }
    }
    return realFsync(fd);
}

// Whether writing `count` bytes at `offset` (-1: at the file's offset) to
// `fd` fits on the full disk, taking the room it needs if so: only bytes
// past a file's end take room, and only those of files under its folder.
static bool roomFor(int fd, size_t count, off64_t offset) {
    if (!*diskFolder) return true;
    char link[64];
    char path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, path, sizeof path - 1);
    if (length <= 0) return true;
    path[length] = '\0';
    struct stat status;
    if (strncmp(path, diskFolder, strlen(diskFolder)) != 0 || fstat(fd, &status) != 0) return true;
    if (offset < 0) offset = (fcntl(fd, F_GETFL) & O_APPEND) ? status.st_size : lseek64(fd, 0, SEEK_CUR);
    const off64_t end = offset + (off64_t)count;
    const uint64_t growth = end > status.st_size ? (uint64_t)(end - status.st_size) : 0;
    pthread_mutex_lock(&diskLock);
    const bool fits = growth <= diskFree;
    if (fits) diskFree -= growth;
    pthread_mutex_unlock(&diskLock);
    return fits;
}

ssize_t write(int fd, const void* bytes, size_t count) {
    if (!roomFor(fd, count, -1)) {
        errno = ENOSPC;
        return -1;
    }
    return realWrite(fd, bytes, count);
}

ssize_t pwrite64(int fd, const void* bytes, size_t count, off64_t offset) {
    if (!roomFor(fd, count, offset)) {
        errno = ENOSPC;
        return -1;
    }
    return realPwrite64(fd, bytes, count, offset);
}
