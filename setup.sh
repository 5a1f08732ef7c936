#!/usr/bin/env bash
# One command for a newcomer: system tools, a virtualenv with speakit and the
# neural Piper voice, then the main job on an example article.
#   ./setup.sh                    converts examples/newsroom-article.html into out/
#   ./setup.sh path/to/article    converts your own article instead
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
# pyttsx3 drives eSpeak through its shared library on Linux.
if [ "$(uname -s)" = Linux ] && ! ldconfig -p 2>/dev/null | grep -q 'libespeak'; then
  need+=(libespeak-ng1)
fi
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing ${need[*]} (apt-get)…" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  elif command -v brew >/dev/null 2>&1; then
    brew install ffmpeg espeak-ng
  else
    echo "Please install: ${need[*]} (speakit needs ffmpeg and espeak-ng)" >&2
    exit 1
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
# A current pip: trafilatura's lxml extras fail to import with old ones.
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[piper,test]'

article=${1:-examples/newsroom-article.html}
.venv/bin/speakit convert "$article" -o out
