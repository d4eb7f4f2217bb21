# Sourced by the accuracy scripts, from the repository root: where the shared data and scorers
# are (../shared beside the repository, or $TAHLIL_SHARED), and a check that a scorer is there.
SHARED=${TAHLIL_SHARED:-../shared}

# require FILE: exits with a message naming FILE when $SHARED/FILE is missing.
require() {
  if [ ! -f "$SHARED/$1" ]; then
    echo "$1 not found in $SHARED (set TAHLIL_SHARED to the folder that holds eval/ and data/)" >&2
    exit 1
  fi
}
