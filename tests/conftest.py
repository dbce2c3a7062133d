"""Fixtures shared by the whole suite: where ../shared is, and one build of the seeds per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared data sets sit beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_paths(shared_dir: Path) -> list[str]:
    return sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seeds_build(seed_paths: list[str], tmp_path_factory: pytest.TempPathFactory):
    """The real `dossier build ../shared/seeds/*.txt` result, built once for every test that reads it."""
    from newsdossier import build

    return build(seed_paths, tmp_path_factory.mktemp("seeds-out"))


@pytest.fixture(scope="session")
def seeds_dossier(seeds_build) -> dict:
    return seeds_build.dossier
