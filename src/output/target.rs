//! Where output goes: standard output, or a file written beside its final
//! place and renamed over it when the run completes (SPEC §4). An
//! interrupted or failed run leaves the old file as it was, and a file that
//! is also one of the inputs is never written.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use tempfile::TempPath;

/// The identity of a file: its device and inode (on Unix), so that two
/// names of one file (`./a.txt`, a hard link, a symlink) compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    /// The identity of the file `path` names (symlinks followed); `None`
    /// when there is no such file.
    pub fn of(path: &Path) -> Option<FileId> {
        fs::metadata(path).ok().as_ref().and_then(FileId::from_meta)
    }

    /// The inode number.
    pub fn ino(&self) -> u64 {
        self.ino
    }

    /// The identity carried by a file's metadata.
    pub fn from_meta(meta: &fs::Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId {
                dev: meta.dev(),
                ino: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }
}

/// Whether `path` names standard output (`-`).
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// The first of `inputs` that is the same file as `output`, if any: a run
/// writing there would destroy what it reads.
pub fn input_clash<'p>(output: &Path, inputs: &'p [PathBuf]) -> Option<&'p Path> {
    if is_stdout(output) {
        return None;
    }
    let out = FileId::of(output)?;
    inputs
        .iter()
        .map(PathBuf::as_path)
        .find(|p| !is_stdout(p) && FileId::of(p) == Some(out))
}

/// A file being written under a hidden temporary name in the folder of
/// its final path; [`Replacement::commit`] renames it into place. Dropped
/// without a commit, the temporary file is removed and the old file kept.
/// A path that names no regular file (`/dev/null`, `/dev/stdout`, a
/// FIFO) is written in place: renaming over it would put a regular file
/// where the device was.
#[derive(Debug)]
pub struct Replacement {
    temp: Option<TempPath>,
    path: PathBuf,
}

impl Replacement {
    /// Creates the temporary file for `path` and returns it open for
    /// writing. It gets the permissions of the file it replaces, or those
    /// a new file gets (0666 less the umask).
    pub fn create(path: &Path) -> io::Result<(File, Replacement)> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
            let file = fs::OpenOptions::new().write(true).open(path)?;
            return Ok((
                file,
                Replacement {
                    temp: None,
                    path: path.to_path_buf(),
                },
            ));
        }
        // The folder's own error, plainly (tempfile's names its random
        // file, which the user never asked for).
        fs::metadata(dir)?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(".chitieu-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(path).map_or(0o666, |m| m.permissions().mode() & 0o7777);
            builder.permissions(fs::Permissions::from_mode(mode));
        }
        let (file, temp) = builder.tempfile_in(dir)?.into_parts();
        Ok((
            file,
            Replacement {
                temp: Some(temp),
                path: path.to_path_buf(),
            },
        ))
    }

    /// The final path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the written file over the final path (a device or FIFO,
    /// written in place, has nothing to rename).
    pub fn commit(self) -> io::Result<()> {
        match self.temp {
            Some(temp) => temp.persist(&self.path).map_err(|e| e.error),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// The old contents stay until the commit; a replacement dropped
    /// uncommitted leaves them and no temporary file behind.
    #[test]
    fn a_file_is_replaced_only_on_commit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.csv");
        fs::write(&path, "old").expect("write");
        let (mut f, r) = Replacement::create(&path).expect("create");
        f.write_all(b"new").expect("write");
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        drop(r);
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1);
        let (mut f, r) = Replacement::create(&path).expect("create");
        f.write_all(b"new").expect("write");
        r.commit().expect("commit");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
    }

    #[test]
    fn two_names_of_one_file_clash() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = dir.path().join("a.txt");
        fs::write(&a, "x").expect("write");
        let via_dot = dir.path().join(".").join("a.txt");
        let other = dir.path().join("b.txt");
        fs::write(&other, "x").expect("write");
        let inputs = [other.clone(), via_dot.clone()];
        assert_eq!(input_clash(&a, &inputs), Some(via_dot.as_path()));
        assert_eq!(input_clash(&a, &[other]), None);
        assert_eq!(input_clash(Path::new("-"), &inputs), None);
        // A file not there yet is no input.
        assert_eq!(input_clash(&dir.path().join("new.csv"), &inputs), None);
    }
}
