"""Where the accuracy scripts find the shared scorers: ../shared beside the repository, or
$TAHLIL_SHARED; $SUM_SCORER_DIR overrides the summary scorer's folder."""
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("TAHLIL_SHARED", os.path.join(REPO, "..", "shared"))
SUM_SCORER_DIR = os.environ.get("SUM_SCORER_DIR", os.path.join(SHARED, "eval", "sum"))
