"""Where the bench scripts find the project and the shared material, and which question sets
are for development (the held-out sets are never among them)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSBOT_SHARED", ROOT.parent / "shared"))
DEVELOPMENT_SETS = [SHARED / "eval" / "dev.yaml", ROOT / "bench" / "questions" / "news.yaml",
                    ROOT / "bench" / "questions" / "news-nearmiss.yaml"]

if str(ROOT) not in sys.path:  # the scripts import the bot from the checkout they sit in
    sys.path.insert(0, str(ROOT))
