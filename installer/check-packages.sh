#!/usr/bin/env bash
# Proves that every file the configure step and the build of BUILD_DIR read from the system, every
# shared library its executables load and every tool the tests run comes from a Debian package that
# installer/dev.sh's package list brings in: the list's own entries and their Depends/Pre-Depends,
# transitively (Recommends do not count: dev.sh installs with --no-install-recommends).
#
#   installer/check-packages.sh [--without PKG]... BUILD_DIR   check (exit 1 names what is missing)
#   installer/check-packages.sh --selftest BUILD_DIR           check, then prove the check fails when
#                                                              a needed entry leaves the list
#   installer/check-packages.sh --verbose BUILD_DIR            also list every file with its package
#
# --without PKG checks as if PKG were not in dev.sh's list (to see what needs an entry).
# A build with benchmarks is checked with NETLOOM_BENCHMARKS=1 set (the list then has Google Benchmark).
# The list is read from `installer/dev.sh packages`; there is no second copy of it.
# Needs only what Debian's base system has (bash, awk, dpkg, apt-cache, coreutils) plus ninja.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() { sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

without=()
selftest=0
verbose=0
build_dir=
while (($#)); do
  case "$1" in
    --without) (($# >= 2)) || usage; without+=("$2"); shift 2 ;;
    --selftest) selftest=1; shift ;;
    --verbose) verbose=1; shift ;;
    -h | --help) usage ;;
    -*) echo "check-packages: unknown option $1" >&2; usage ;;
    *) [ -z "$build_dir" ] || usage; build_dir=$1; shift ;;
  esac
done
[ -n "$build_dir" ] || usage
build_dir=$(cd "$build_dir" && pwd)
for f in CMakeCache.txt build.ninja; do
  if [ ! -f "$build_dir/$f" ]; then
    echo "check-packages: $build_dir/$f not found: configure and build with Ninja first (installer/dev.sh setup)" >&2
    exit 2
  fi
done

# Tools that the project documents as coming from outside Debian's packages; dev.sh checks them
# itself (check_kubectl). Their files are reported with their owner, never failed.
external_tools=(kubectl)
# Tools the tests and `dev.sh console` run (found on PATH as they would be).
test_tools=(nginx openssl kubectl Xvfb xvfb-run xauth node npm)

started=$(date +%s%N)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t list < <("$root/installer/dev.sh" packages)
((${#list[@]})) || { echo "check-packages: installer/dev.sh packages printed no package" >&2; exit 2; }

# --- the packages that count ------------------------------------------------------------------
# One recursive apt-cache call over the whole list; the closure of any sub-list (--without, the
# self-test) is then walked in awk below, choosing among alternatives only installed packages.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances "${list[@]}" >"$work/depends" 2>"$work/depends.err" || {
  echo "check-packages: apt-cache depends failed:" >&2
  cat "$work/depends.err" >&2
  exit 2
}
dpkg-query -W -f='${Package}\t${db:Status-Abbrev}\t${Priority}\t${Essential}\t${Version}\n' >"$work/installed"

# --- the files --------------------------------------------------------------------------------
# files.tsv: category TAB path. Only files outside the source and build trees count.
files="$work/files.tsv"
: >"$files"
system_file() { # keep absolute regular files outside the work tree
  awk -v root="$root/" -v build="$build_dir/" -v cat="$1" '
    substr($0, 1, 1) == "/" && index($0, root) != 1 && index($0, build) != 1 { print cat "\t" $0 }'
}
cache="$build_dir/CMakeCache.txt"
existing_files() { while read -r f; do if [ -f "$f" ]; then printf '%s\n' "$f"; fi; done; }

# cmake: the package configuration each find_package() found (the *_DIR entries), then every CMake
# file configure read, as CMake itself lists them: the inputs of build.ninja's regeneration rule
# (this includes the configs that other configs pulled in with find_dependency, e.g. Qt6OpenGL).
sed -n 's/^\([A-Za-z0-9_.+-]*\)_DIR:PATH=\(\/.*\)$/\1 \2/p' "$cache" | while read -r name dir; do
  lower=$(printf '%s' "$name" | tr '[:upper:]' '[:lower:]')
  for f in "$dir/${name}Config.cmake" "$dir/${lower}-config.cmake"; do
    if [ -f "$f" ]; then printf '%s\n' "$f"; fi
  done
done | system_file cmake >>"$files"
awk '{ while (sub(/\$$/, "")) { line = $0; if ((getline) <= 0) break; $0 = line $0 } }
     /^build build\.ninja: RERUN_CMAKE/ {
       sub(/^[^|]*\| /, ""); sub(/ \|\|.*$/, ""); n = split($0, f, " ")
       for (i = 1; i <= n; i++) print f[i] }' "$build_dir/build.ninja" | system_file cmake >>"$files"

# What the build itself runs and links: build.ninja, its rules and the autogen (moc/uic/rcc) settings.
{
  cat "$build_dir/build.ninja" "$build_dir/CMakeFiles/rules.ninja" 2>/dev/null
  find "$build_dir" -name AutogenInfo.json -exec cat {} +
} >"$work/buildtext"

# configure: what configure found and cached as a file (compiler, binutils, libraries, pkg-config)
# and the compiler launcher (ccache), looked up on PATH as the build does. A library the build never
# links was an optional find (FindOpenGL's EGL and GLU, say): "optional", reported and not failed,
# because on a machine without it configure simply does not find it. Tools count either way
# (configure runs pkg-config, for one).
{
  sed -n 's/^[A-Za-z0-9_.+-]*:FILEPATH=\(\/.*\)$/\1/p' "$cache"
  sed -n 's/^CMAKE_[A-Z]*_COMPILER_LAUNCHER:[A-Z]*=\(.*\)$/\1/p' "$cache" | while read -r launcher _; do
    command -v "$launcher" || true
  done
} | existing_files | sort -u >"$work/configure"
{
  grep -oFf "$work/configure" "$work/buildtext" || true
  grep -vE '\.(so(\.[0-9.]+)?|a)$' "$work/configure" || true
} | sort -u >"$work/configure-used"
sed -n 's/^CMAKE_[A-Z]*_COMPILER_LAUNCHER:[A-Z]*=\(.*\)$/\1/p' "$cache" | while read -r launcher _; do
  command -v "$launcher" || true
done >>"$work/configure-used"
grep -xFf "$work/configure-used" "$work/configure" | system_file configure >>"$files" || true
grep -vxFf "$work/configure-used" "$work/configure" | system_file optional >>"$files" || true

# build: system files the build names: the tools it runs (moc, rcc, lrelease, cmake) and the
# libraries it links.
grep -oE '/(usr|bin|sbin|lib|lib64|opt|etc)/[^ ";:$,)]+' "$work/buildtext" | sort -u |
  existing_files | system_file build >>"$files"

# headers: every header the compiler reported in its dependency files (ninja -t deps).
ninja -C "$build_dir" -t deps 2>/dev/null | sed -n 's/^    //p' | sort -u | system_file headers >>"$files"

# plugins: the Qt plugins the executables load at run time, which ldd cannot see: the TLS backend
# (the lab's HTTPS), the offscreen platform (the tests) and, where the build has the console, the
# xcb platform with its GL integrations (the console under Xvfb) and the SVG image and icon plugins.
qt_plugins=
qtcore=$(sed -n 's/^Qt6Core_DIR:PATH=\(\/.*\)\/cmake\/Qt6Core$/\1/p' "$cache")
[ -n "$qtcore" ] && [ -d "$qtcore/qt6/plugins" ] && qt_plugins="$qtcore/qt6/plugins"
: >"$work/plugins"
if [ -n "$qt_plugins" ]; then
  wanted=(tls/libqopensslbackend.so platforms/libqoffscreen.so)
  grep -q '^Qt6Widgets_DIR:PATH=/' "$cache" &&
    wanted+=(platforms/libqxcb.so xcbglintegrations/libqxcb-glx-integration.so
      xcbglintegrations/libqxcb-egl-integration.so imageformats/libqsvg.so iconengines/libqsvgicon.so)
  for p in "${wanted[@]}"; do
    if [ -f "$qt_plugins/$p" ]; then printf '%s\n' "$qt_plugins/$p" >>"$work/plugins"; else echo "plugins	?$qt_plugins/$p" >>"$files"; fi
  done
fi
system_file plugins <"$work/plugins" >>"$files"

# libraries: the shared libraries the built executables and those plugins load (ldd), the dynamic
# loader included.
: >"$work/ldd-missing"
for exe in "$build_dir"/bin/* $(cat "$work/plugins"); do
  [ -f "$exe" ] || continue
  ldd "$exe" 2>/dev/null | awk -v exe="$exe" -v missing="$work/ldd-missing" '
    /=> not found/ { print $1 " (needed by " exe ")" >> missing; next }
    $2 == "=>" && substr($3, 1, 1) == "/" { print $3; next }
    substr($1, 1, 1) == "/" { print $1 }' || true
done | sort -u | system_file libraries >>"$files"

# tools: what the tests and the console's Xvfb start run, found on PATH as they find it.
for t in "${test_tools[@]}"; do
  p=$(command -v "$t" 2>/dev/null) || { echo "tools	?$t" >>"$files"; continue; }
  category=tools
  for e in "${external_tools[@]}"; do [ "$e" = "$t" ] && category=external; done
  printf '%s\t%s\n' "$category" "$p" >>"$files"
done

# --- each file to its package -----------------------------------------------------------------
# A path is looked up as named and as resolved (symlinks), each also under its usr-merge alias
# (/lib/x <-> /usr/lib/x, /bin, /sbin, /lib64): dpkg knows only the path a package shipped.
alias_of() {
  awk '{ p = $0
         if (p ~ /^\/usr\/(bin|sbin|lib|lib32|lib64|libx32)\//) print substr(p, 5)
         else if (p ~ /^\/(bin|sbin|lib|lib32|lib64|libx32)\//) print "/usr" p }'
}
map_files() { # map_files FILES.tsv PREFIX: writes PREFIX.pathmap (path, lexical, resolved) and PREFIX.owners
  local in=$1 out=$2
  awk -F'\t' '!seen[$2]++ && substr($2, 1, 1) == "/" { print $2 }' "$in" >"$out.paths"
  xargs -r -d '\n' realpath -s -m -- <"$out.paths" >"$out.lexical"
  xargs -r -d '\n' realpath -m -- <"$out.lexical" >"$out.resolved"
  paste "$out.paths" "$out.lexical" "$out.resolved" >"$out.pathmap"
  {
    cut -f2,3 "$out.pathmap" | tr '\t' '\n'
    cut -f2,3 "$out.pathmap" | tr '\t' '\n' | alias_of
  } | sort -u >"$out.candidates"
  # dpkg -S answers "pkg[:arch][, pkg...]: path"; paths it does not know only go to stderr.
  xargs -r -d '\n' dpkg -S <"$out.candidates" 2>/dev/null | awk '
    /^diversion by / { next }
    { i = index($0, ": /"); if (!i) next
      owners = substr($0, 1, i - 1); path = substr($0, i + 2)
      n = split(owners, o, ", "); out = ""
      for (k = 1; k <= n; k++) { sub(/:.*/, "", o[k]); out = out (out == "" ? "" : ",") o[k] }
      print path "\t" out }' >"$out.owners" || true
}
map_files "$files" "$work/map"
eval_files=$files eval_map=$work/map

lookup_ms=$((($(date +%s%N) - started) / 1000000))

# --- the verdict ------------------------------------------------------------------------------
# evaluate MODE [PKG...]: checks the files against the list minus PKG...; MODE report prints the
# whole report, MODE brief one line (the self-test's table), MODE closure only the packages that
# count. Exit 1 if a package is missing.
evaluate() {
  local mode=$1
  shift
  local w
  w=$(printf '%s\n' "$@")
  printf '%s\n' "${list[@]}" >"$work/list"
  awk -F'\t' -v mode="$mode" -v verbose="$verbose" -v without="$w" -v build="$build_dir" -v lookupms="$lookup_ms" \
    -v ldd_missing="$work/ldd-missing" '
    function strip(n) { gsub(/[<>]/, "", n); return n }
    function base(n) { sub(/:.*/, "", n); return n }
    FILENAME == ARGV[1] { # installed packages
      if ($2 ~ /^ii/) { inst[$1] = 1; prio[$1] = $3; ess[$1] = $4; ver[$1] = $5 }
      next }
    FILENAME == ARGV[2] { # apt-cache depends --recurse
      split($0, w, " ")
      if ($0 ~ /^[^ ]/) { cur = strip(w[1]); cont = 0; next }
      if ($0 ~ /^ [ |](Pre)?Depends: /) { # " |Depends: a" is OR-ed with the next line
        name = strip(w[2])
        if (!cont) ng[cur]++
        g = cur SUBSEP ng[cur]; na[g]++; alt[g, na[g]] = name
        cont = (substr($0, 2, 1) == "|"); last = name; next }
      if ($0 ~ /^    [^ ]/) { # the providers of the virtual package just named
        p = strip(w[1]); if (!((last, p) in isprov)) { isprov[last, p] = 1; np[last]++; prov[last, np[last]] = p } }
      next }
    FILENAME == ARGV[3] { # the list
      if ($1 == "") next
      nlist++; entry[nlist] = $1; next }
    FILENAME == ARGV[4] { owners[$1] = $2; next }
    FILENAME == ARGV[5] { lex[$1] = $2; res[$1] = $3; next }
    FILENAME == ARGV[6] { # category TAB path; a path counts once, in the first category naming it
      if ($2 in listed) next
      listed[$2] = 1; ncat_files++; fcat[ncat_files] = $1; fpath[ncat_files] = $2; next }
    function pick(g,    k, a, b, j, any) { # the installed package(s) satisfying one Depends group
      for (k = 1; k <= na[g]; k++) {
        a = alt[g, k]; b = base(a)
        if (b in inst) { visit(b); return }
        any = 0
        for (j = 1; j <= np[a]; j++) if (base(prov[a, j]) in inst) { visit(base(prov[a, j])); any = 1 }
        if (any) return
      }
    }
    function visit(p) { if (!(p in allowed)) { allowed[p] = 1; queue[++qn] = p } }
    function aliasOf(p) {
      if (p ~ /^\/usr\/(bin|sbin|lib|lib32|lib64|libx32)\//) return substr(p, 5)
      if (p ~ /^\/(bin|sbin|lib|lib32|lib64|libx32)\//) return "/usr" p
      return "" }
    function ownersOf(p,    a, o) {
      o = (p in owners) ? owners[p] : ""
      a = aliasOf(p)
      if (a != "" && (a in owners)) o = o (o == "" ? "" : ",") owners[a]
      return o }
    function judge(i, who, path,    n, o, k, ok, b, key) {
      n = split(who, o, ",")
      for (k = 1; k <= n; k++) if (o[k] in allowed) { used[o[k]] = 1; catpkg[fcat[i], o[k]] = 1; return }
      if (fcat[i] == "optional") {
        if (!(o[1] in optseen)) { optseen[o[1]] = 1; opt[++nopt] = o[1] " (" path ")" }
        return }
      if (fcat[i] == "external") {
        if (!(o[1] in extseen)) { extseen[o[1]] = 1; ext[++next_] = o[1] " " ver[o[1]] " (" fpath[i] (path != fpath[i] ? " -> " path : "") ")" }
        return }
      for (k = 1; k <= n; k++) if (prio[o[k]] == "required" || ess[o[k]] == "yes") {
        if (!(o[k] in baseseen)) { baseseen[o[k]] = 1; basep[++nbase] = o[k] " (Priority: " prio[o[k]] (ess[o[k]] == "yes" ? ", Essential" : "") "; " fcat[i] ": " path ")" }
        catpkg[fcat[i], o[k]] = 1; return }
      key = who; gsub(/,/, " or ", key)
      if (!(key in miss)) { miss[key] = path; misscat[key] = fcat[i]; order[++nmiss] = key }
      missn[key]++
      bad++ }
    END {
      split(without, wo, "\n"); for (k in wo) if (wo[k] != "") drop[wo[k]] = 1
      for (k = 1; k <= nlist; k++) {
        e = entry[k]
        if (e in drop) continue
        if (!(e in inst)) { notinst[++nnot] = e; continue }
        visit(e)
      }
      for (qi = 1; qi <= qn; qi++) { p = queue[qi]; for (g = 1; g <= ng[p]; g++) pick(p SUBSEP g) }
      if (mode == "closure") { for (p in allowed) print p; exit 0 }
      for (i = 1; i <= ncat_files; i++) {
        c = fcat[i]; count[c]++
        if (substr(fpath[i], 1, 1) == "?") { notfound[++nnf] = substr(fpath[i], 2) " (" c ")"; continue }
        g = lex[fpath[i]]; r = res[fpath[i]]
        og = ownersOf(g); or_ = (r != g) ? ownersOf(r) : ""
        if (og == "" && or_ == "") {
          if (c == "external") { ext[++next_] = "(no package) " fpath[i] (r != g ? " -> " r : ""); continue }
          unowned[++nun] = g (r != g ? " -> " r : "") " (" c ")"; continue }
        if (og == "" && g ~ /^\/(usr\/local|opt)\//) unowned[++nun] = g " -> " r " (" c "; the link itself is in no package)"
        if (verbose && mode == "report") print "  " c "\t" g (r != g ? " -> " r : "") "\t" og (or_ != "" && or_ != og ? " -> " or_ : "")
        if (og != "") judge(i, og, g)
        if (or_ != "" && or_ != og) judge(i, or_, r)
      }
      while ((getline line < ldd_missing) > 0) lddmiss[++nlm] = line
      if (mode == "brief") {
        if (nnot || nlm || nnf) { print "ERROR"; exit 2 }
        if (nmiss) { s = ""; for (k = 1; k <= nmiss; k++) s = s (k > 1 ? "; " : "") order[k] " (" miss[order[k]] ")"; print "FAIL " s; exit 1 }
        d = wo[split(without, wo, "\n")]
        print "PASS" (d in allowed ? " (another entry depends on it)" : " (no checked file comes from it)"); exit 0 }
      split("cmake configure optional build headers plugins libraries tools external", cats, " ")
      label["cmake"] = "CMake files configure read"
      label["configure"] = "files configure found (CMakeCache.txt FILEPATH)"
      label["optional"] = "libraries configure found that the build never links"
      label["build"] = "tools and libraries build.ninja names"
      label["headers"] = "system headers the compiler read (ninja -t deps)"
      label["plugins"] = "Qt plugins loaded at run time (TLS, platforms, SVG)"
      label["libraries"] = "shared libraries bin/* and those plugins load (ldd)"
      label["tools"] = "tools the tests and the console run (command -v)"
      label["external"] = "tools from outside Debian, checked by dev.sh"
      nused = 0; for (p in used) nused++
      nallow = 0; for (p in allowed) nallow++
      printf "Package check of %s\n", build
      printf "  list: %d entries of installer/dev.sh packages%s; %d installed packages with their Depends\n", nlist, (without != "" ? " (without: " without ")" : ""), nallow
      total = 0
      for (k = 1; k <= 9; k++) {
        c = cats[k]; if (!(c in count)) continue
        np_ = 0; for (key in catpkg) { split(key, kk, SUBSEP); if (kk[1] == c) np_++ }
        printf "  %-10s %5d files from %3d packages  %s\n", c, count[c], np_, label[c]; total += count[c] }
      printf "  %-10s %5d files from %3d packages of the list (files gathered and looked up in %d ms)\n", "total", total, nused, lookupms
      if (nbase) { print "Accepted as base system (Priority: required or Essential; not in the list'"'"'s Depends):"; for (k = 1; k <= nbase; k++) print "  " basep[k] }
      if (next_) { print "Outside Debian'"'"'s packages, a documented prerequisite that dev.sh checks itself (not failed):"; for (k = 1; k <= next_; k++) print "  " ext[k] }
      if (nopt) { print "Found by configure but never used by the build, from packages outside the list (not failed):"; for (k = 1; k <= nopt; k++) print "  " opt[k] }
      if (nun) { print "In no package (reported by name, not failed):"; for (k = 1; k <= nun; k++) print "  " unowned[k] }
      rc = 0
      if (nnot) { for (k = 1; k <= nnot; k++) print "ERROR: list entry " notinst[k] " is not installed: run installer/dev.sh setup"; rc = 2 }
      if (nnf) { for (k = 1; k <= nnf; k++) print "ERROR: not found: " notfound[k]; rc = 2 }
      if (nlm) { for (k = 1; k <= nlm; k++) print "ERROR: shared library not found: " lddmiss[k]; rc = 2 }
      if (nmiss) {
        printf "FAILED: %d package(s) that the build or the tests use are not brought in by installer/dev.sh'"'"'s list:\n", nmiss
        for (k = 1; k <= nmiss; k++) { key = order[k]; printf "  missing package %s: needed by %s (%s; %d file(s) in all)\n", key, miss[key], misscat[key], missn[key] }
        print "  Add each to the packages list in installer/dev.sh (with a comment saying why)."
        exit 1 }
      if (rc) exit rc
      print "PASS: every checked file comes from a package installer/dev.sh brings in"
    }' "$work/installed" "$work/depends" "$work/list" "$eval_map.owners" "$eval_map.pathmap" "$eval_files"
}

if ((selftest == 0)); then
  evaluate report "${without[@]}"
  exit $?
fi

# --- the self-test ----------------------------------------------------------------------------
rc=0
evaluate report "${without[@]}" || rc=$?
echo "Self-test: the check run again with each list entry left out"
fails=0
for entry in "${list[@]}"; do
  verdict=$(evaluate brief "${without[@]}" "$entry") || true
  printf '  without %-22s %s\n' "$entry:" "$verdict"
  printf '%s\t%s\n' "$entry" "$verdict" >>"$work/selftest"
done
# What a check that works must catch: a package Qt6Charts' CMake config needs without depending on
# it (the defect this check was written for), and a library whose headers and config the models use.
expect() { # expect ENTRY WHY: leaving ENTRY out must fail, naming ENTRY
  local line
  line=$(awk -F'\t' -v e="$1" '$1 == e { print $2 }' "$work/selftest")
  if [[ "$line" == FAIL* && " ${line#FAIL } " == *" $1 "* ]]; then
    echo "  ok: leaving out $1 fails and names it ($2)"
  else
    echo "  SELF-TEST FAILED: leaving out $1 should fail naming it ($2); got: ${line:-nothing}"
    fails=$((fails + 1))
  fi
}
if grep -q '^Qt6Charts_DIR:PATH=/' "$cache"; then # (the headless build has no Charts)
  expect libqt6opengl6-dev "Qt6ChartsConfig.cmake pulls in Qt6OpenGL"
fi
expect libyaml-cpp-dev "models/kube reads yaml-cpp's config and headers"
# The verdicts other than PASS, on planted files: a file of an installed package outside the list's
# closure must fail naming that package, one of a base-system package is accepted and said so, and
# a file in no package is reported by name.
evaluate closure >"$work/closure"
first_file() { # a regular file the package ships
  { dpkg -L "$1" 2>/dev/null || true; } | while read -r f; do if [ -f "$f" ] && [ ! -L "$f" ]; then echo "$f"; break; fi; done
}
outside='' outside_file='' base='' base_file=''
while IFS=$'\t' read -r pkg status prio ess _; do
  if [[ $status != ii* ]] || grep -qxF "$pkg" "$work/closure"; then continue; fi
  if [ "$prio" = required ] || [ "$ess" = yes ]; then
    [ -z "$base" ] && base_file=$(first_file "$pkg") && [ -n "$base_file" ] && base=$pkg
  else
    [ -z "$outside" ] && outside_file=$(first_file "$pkg") && [ -n "$outside_file" ] && outside=$pkg
  fi
  if [ -n "$outside" ] && [ -n "$base" ]; then break; fi
done <"$work/installed"
touch "$work/planted-in-no-package"
{
  if [ -n "$outside" ]; then printf 'tools\t%s\n' "$outside_file"; fi
  if [ -n "$base" ]; then printf 'tools\t%s\n' "$base_file"; fi
  printf 'tools\t%s\n' "$work/planted-in-no-package"
} >"$work/planted.tsv"
map_files "$work/planted.tsv" "$work/planted"
cat "$files" "$work/planted.tsv" >"$work/all.tsv"
cat "$work/map.pathmap" "$work/planted.pathmap" >"$work/all.pathmap"
cat "$work/map.owners" "$work/planted.owners" >"$work/all.owners"
eval_files=$work/all.tsv eval_map=$work/all
planted=$(evaluate report "${without[@]}") && planted_rc=0 || planted_rc=$?
verdict() { # verdict OK WHAT
  if [ "$1" = 0 ]; then echo "  ok: $2"; else echo "  SELF-TEST FAILED: $2"; fails=$((fails + 1)); fi
}
echo "Self-test: planted files"
if [ -n "$outside" ]; then
  grep -qF "missing package $outside: needed by " <<<"$planted" && [ "$planted_rc" = 1 ]
  verdict $? "$outside_file ($outside, outside the list) fails the check, naming $outside"
else
  echo "  skipped: no installed package outside the list to plant a file from"
fi
if [ -n "$base" ]; then
  sed -n '/^Accepted as base system/,/^[A-Z]/p' <<<"$planted" | grep -qF "  $base (Priority: "
  verdict $? "$base_file ($base, base system) is accepted and listed as such"
fi
sed -n '/^In no package/,/^[A-Z]/p' <<<"$planted" | grep -qF "  $work/planted-in-no-package (tools)"
verdict $? "a file in no package is reported by name"
if ((rc != 0 || fails != 0)); then
  echo "Self-test failed" >&2
  exit 1
fi
echo "Self-test passed"
