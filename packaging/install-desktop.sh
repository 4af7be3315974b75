#!/usr/bin/env bash
# Puts Rupture Annotator in the desktop's application menu for this user (no root), with its icon,
# and makes a double-click on a *.rupture.json project open it in the app.
#   packaging/install-desktop.sh [LAUNCHER]    install (LAUNCHER: the rupture-annotator to run;
#                                              default: this checkout's .venv/bin/rupture-annotator)
#   packaging/install-desktop.sh --uninstall   remove everything it installed
# Writes under $XDG_DATA_HOME (~/.local/share): applications/, mime/packages/, icons/hicolor/,
# and sets the default application for the project type in $XDG_CONFIG_HOME/mimeapps.list.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
config="${XDG_CONFIG_HOME:-$HOME/.config}"
app_id=rupture-annotator
mime=application/x-rupture-annotator-project
desktop="$data/applications/$app_id.desktop"
mime_xml="$data/mime/packages/$app_id.xml"
svg="$data/icons/hicolor/scalable/apps/$app_id.svg"
png="$data/icons/hicolor/256x256/apps/$app_id.png"

refresh() {
  update-mime-database "$data/mime"
  update-desktop-database "$data/applications" 2>/dev/null || true
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

for tool in update-mime-database update-desktop-database; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing. On Debian/Ubuntu: sudo apt-get install shared-mime-info desktop-file-utils" >&2
    exit 1
  fi
done

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$desktop" "$mime_xml" "$svg" "$png"
  if [ -f "$config/mimeapps.list" ]; then
    sed -i "\\|^$mime=$app_id.desktop;\\?\$|d" "$config/mimeapps.list"
  fi
  mkdir -p "$data/mime/packages" "$data/applications"
  refresh
  echo "Removed Rupture Annotator from the desktop."
  exit 0
fi

launcher="${1:-$repo/.venv/bin/rupture-annotator}"
if [ ! -f "$launcher" ] || [ ! -x "$launcher" ]; then
  echo "$launcher: no such program. Run 'make setup' first, or name the rupture-annotator to run." >&2
  exit 1
fi
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"

mkdir -p "$(dirname "$desktop")" "$(dirname "$mime_xml")" "$(dirname "$svg")" "$(dirname "$png")"
# Exec takes the launcher's full path, quoted as the desktop entry specification asks
quoted="\"$(printf '%s' "$launcher" | sed 's/[\\"`$]/\\&/g')\""
sed "s|^Exec=rupture-annotator |Exec=$(printf '%s' "$quoted" | sed 's/[&|\\]/\\&/g') |" \
  "$here/$app_id.desktop" >"$desktop"
cp "$here/$app_id-mime.xml" "$mime_xml"
cp "$repo/resources/icons/$app_id.svg" "$svg"
cp "$repo/resources/icons/$app_id.png" "$png"
refresh

# the app opens projects on a double-click (the user's own choice, in mimeapps.list)
mkdir -p "$config"
list="$config/mimeapps.list"
touch "$list"
sed -i "\\|^$mime=|d" "$list"
if grep -q '^\[Default Applications\]' "$list"; then
  sed -i "/^\\[Default Applications\\]/a $mime=$app_id.desktop;" "$list"
else
  printf '[Default Applications]\n%s=%s.desktop;\n' "$mime" "$app_id" >>"$list"
fi
echo "Installed Rupture Annotator in the application menu ($desktop), running $launcher;"
echo "*.rupture.json projects open in it."
