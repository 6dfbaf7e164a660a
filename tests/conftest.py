"""Shared fixtures: throwaway projects built from the repository's own files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]

# An article of our own (not a seed): a header with a stated date, and sentences that report
# things that happened, with actors and places the shipped gazetteers know.
SMALL_ARTICLE = """Shelling and air raids reported around Saraqib

6 June 2020

Government forces shelled the town of Saraqib on Wednesday, according to local sources.

Russian warplanes carried out air strikes on Idlib province on Thursday, killing three civilians.

Turkey said on Friday that it would send more troops to the area.
"""


def make_project(root: Path, seeds: dict[str, str] | None = None, with_repo_content: bool = False) -> Path:
    """A project folder with mkdocs.yml, the MkDocs hook, the shipped gazetteers and given seeds."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "generator").symlink_to(REPO / "generator")  # mkdocs.yml names the hook by path
    (root / "site_templates").symlink_to(REPO / "site_templates")  # and watches the templates
    if with_repo_content:
        shutil.copytree(REPO / "content", root / "content")
        shutil.copytree(REPO / "seeds", root / "seeds")
    else:
        for folder in ("actors", "places", "agreements"):
            shutil.copytree(REPO / "content" / folder, root / "content" / folder)
        (root / "seeds").mkdir()
    for name, text in (seeds or {}).items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one small article of our own."""
    return make_project(tmp_path / "project", {"saraqib-report.txt": SMALL_ARTICLE})


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of this repository's seeds and content/, as a fresh clone would have them."""
    return make_project(tmp_path / "clone", with_repo_content=True)


def run(project: Path, *args: str, input: str | None = None):
    """Run the chronology command in-process, the way a user would from the project folder."""
    return CliRunner().invoke(main, ["--project", str(project), *args], input=input)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder, by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
