"""Shared fixtures. Tests that score against ``../shared`` skip, saying why,
where it is absent (a user's fresh clone has no shared/)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is absent: the sample corpus lives beside the repository, not in it")
    return SHARED
