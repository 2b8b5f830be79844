#!/bin/sh
# Regenerates build/icon.png (512×512, Linux) and build/icon.ico (16–256 px, Windows) with
# ImageMagick (apt-get install imagemagick). Shapes only, no font: the result is reproducible.
# A white T above an orange ramp (a « tremplin ») on the app's blue.
set -eu
cd "$(dirname "$0")"
convert -size 512x512 xc:none \
  -fill '#1a5fb4' -draw 'roundrectangle 16,16 495,495 96,96' \
  -fill '#ffffff' -draw 'rectangle 128,104 384,172' -draw 'rectangle 222,172 290,352' \
  -fill '#f6a623' -draw 'polygon 104,416 408,416 408,368' \
  -strip -depth 8 PNG32:icon.png
convert icon.png -define icon:auto-resize=256,128,64,48,32,24,16 icon.ico
