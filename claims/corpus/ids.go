package corpus

import (
	"path/filepath"
	"strings"
)

// Base returns the folder the IDs of the documents under paths are
// relative to, as an absolute path: the deepest folder holding every
// folder argument, or, when no argument is a folder, every file
// argument's folder. "-" and arguments that cannot be described are left
// out; "" when nothing is left or the folders share none (two drives).
func Base(fsys FileSystem, paths []string) string { return base(fsys, paths) }

func base(fsys FileSystem, paths []string) string {
	if fsys == nil {
		fsys = OS{}
	}
	var folders, files []string
	for _, p := range paths {
		dir, isDir, ok := argFolder(fsys, p)
		switch {
		case !ok:
		case isDir:
			folders = append(folders, dir)
		default:
			files = append(files, dir)
		}
	}
	if len(folders) == 0 {
		folders = files
	}
	return commonFolder(folders)
}

// commonFolder is the deepest folder holding every one of dirs (absolute
// and clean), or "".
func commonFolder(dirs []string) string {
	if len(dirs) == 0 {
		return ""
	}
	common := splitPath(dirs[0])
	for _, d := range dirs[1:] {
		common = commonPrefix(common, splitPath(d))
		if len(common) == 0 {
			return ""
		}
	}
	return filepath.Join(common...)
}

// argFolder is the absolute folder an argument stands for, and whether
// the argument is a folder: itself when it is, else its folder.
func argFolder(fsys FileSystem, p string) (dir string, isDir, ok bool) {
	if p == "-" {
		return "", false, false
	}
	info, err := fsys.Stat(p)
	if err != nil {
		return "", false, false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false, false
	}
	if !info.IsDir() {
		return filepath.Dir(abs), false, true
	}
	return abs, true, true
}

// splitPath splits an absolute, clean path into its volume and root
// ("/" or `C:\`) and its folders.
func splitPath(p string) []string {
	vol := filepath.VolumeName(p)
	rest := strings.TrimPrefix(p[len(vol):], string(filepath.Separator))
	parts := []string{vol + string(filepath.Separator)}
	if rest != "" {
		parts = append(parts, strings.Split(rest, string(filepath.Separator))...)
	}
	return parts
}

func commonPrefix(a, b []string) []string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

// docID is the ID of the file at p: its path relative to the run's base,
// with forward slashes. A file named as an argument outside the base
// (beside the folders checked) is known by its name, or by its path as
// named when another such file, or a file of the base, has that name
// (outsideIDs).
func (r *run) docID(p string) string {
	if id, ok := r.outside[p]; ok {
		return id
	}
	if rel, ok := r.relToBase(p); ok {
		return rel
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// relToBase is p relative to the base, when p is inside it.
func (r *run) relToBase(p string) (string, bool) {
	if r.base == "" {
		return "", false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(r.base, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// outsideIDs gives the file arguments outside the base their IDs, all at
// once so that none depends on the order of the arguments: a file's name,
// or its path as named when its name is another's too.
func (r *run) outsideIDs(paths []string) map[string]string {
	byName := map[string][]string{}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		info, err := r.fsys.Stat(p)
		if err != nil || info.IsDir() {
			continue
		}
		if _, inside := r.relToBase(p); inside {
			continue
		}
		name := filepath.Base(p)
		byName[name] = append(byName[name], p)
	}
	ids := map[string]string{}
	for name, ps := range byName {
		_, err := r.fsys.Stat(filepath.Join(r.base, name))
		taken := r.base != "" && err == nil
		for _, p := range ps {
			if len(ps) > 1 || taken {
				ids[p] = filepath.ToSlash(filepath.Clean(p))
			} else {
				ids[p] = name
			}
		}
	}
	return ids
}
