"""The main job, stage by stage: extract (new or changed articles), validate, render, MkDocs.

`chronology build` and `chronology serve` call into here; so does the MkDocs hook when serving.
"""

from __future__ import annotations

import gc
import logging
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from .extract import ExtractSummary, extract_project
from .store import LockBusy, content_lock
from .render import OUTPUT_SUBDIR, RenderReport, render_site
from .validate import Content, Problem, check_quotes_against_articles, load_content

# Material prints a banner about MkDocs 2.0 on every build; we pin mkdocs<2 and know.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")


class UserError(Exception):
    """Something the user can fix; the CLI prints it without a traceback and exits 1."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass
class BuildSummary:
    articles: int
    events: int
    pages: int
    seconds: float
    site_dir: Path
    search_index_bytes: int = 0  # Material's one-file index, which a reader's browser loads whole

    def line(self) -> str:
        return (f"Built {self.site_dir.name}/ from {self.articles} articles: {self.events} events, "
                f"{self.pages} pages in {self.seconds:.1f} s")

    def advice(self) -> str | None:
        """A note when the site has outgrown Material's search (measured: 20 MB at 1,000 articles)."""
        if self.search_index_bytes <= SEARCH_INDEX_ADVICE_BYTES:
            return None
        return (f"note: the search index is {self.search_index_bytes / 1e6:.1f} MB, loaded whole by every reader "
                f"who searches (slow on a phone); for an archive this size build with --search pagefind, "
                f"or set extra.chronology.search: pagefind in mkdocs.yml")


# Above this, Material's one-file search index is a long download on a mobile connection.
SEARCH_INDEX_ADVICE_BYTES = 10_000_000


def site_settings(project: Path) -> tuple[str | None, str, str | None]:
    """repo_url, edit_uri and site_url from mkdocs.yml (read plainly: no MkDocs needed to render)."""
    config = _mkdocs_yml(project)
    return config.get("repo_url"), config.get("edit_uri") or "edit/main/", config.get("site_url")


SEARCH_ENGINES = ("material", "pagefind")


def search_engine(project: Path, requested: str | None = None) -> str:
    """Which search the site gets: Material's (one index file, fine up to a few thousand pages)
    or Pagefind (a chunked index loaded per query, for archives of thousands of articles).
    Chosen by `chronology build --search`, else by `extra: chronology: search:` in mkdocs.yml."""
    if requested:
        return requested
    extra = _mkdocs_yml(project).get("extra") or {}
    chosen = (extra.get("chronology") or {}).get("search", "material") if isinstance(extra, dict) else "material"
    if chosen not in SEARCH_ENGINES:
        raise UserError(f"{project / 'mkdocs.yml'}: extra.chronology.search is {chosen!r}; use one of: {', '.join(SEARCH_ENGINES)}")
    return chosen


def _mkdocs_yml(project: Path) -> dict:
    path = project / "mkdocs.yml"
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise UserError(f"{path}: not found; run chronology from the project folder or pass --project") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UserError(f"{path}:{mark.line + 1 if mark else 1}: mkdocs.yml is not valid YAML: {getattr(exc, 'problem', exc)}") from None
    return config if isinstance(config, dict) else {}


def checked_content(project: Path) -> Content:
    content = load_content(project)
    _fail_on_errors(content)
    return content


def content_after(project: Path, extracted: ExtractSummary | None) -> Content:
    """content/, checked, after an extraction run: the run's own load when it had nothing to
    extract (so a build after a small edit reads content/ once), else a fresh load."""
    if extracted is None or extracted.unchanged_content is None:
        return checked_content(project)
    content = extracted.unchanged_content
    check_quotes_against_articles(content, project)
    _fail_on_errors(content)
    return content


def _fail_on_errors(content: Content) -> None:
    if content.errors:
        raise UserError(f"content/ has {len(content.errors)} problem(s); fix them and build again", content.problems)


def render_project(project: Path, content: Content, search: str = "material") -> RenderReport:
    repo_url, edit_uri, site_url = site_settings(project)
    return render_site(project, content, repo_url, edit_uri, site_url, search=search)


def run_mkdocs_build(project: Path, strict: bool = False, search: str = "material") -> Path:
    from mkdocs import exceptions
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    _quiet_mkdocs_logging()
    try:
        overrides = {}
        if search == "pagefind":
            # Without Material's search plugin, which would build its one-file index anyway (and
            # spend a fifth of the build parsing every page for it); the Search page replaces
            # its search box.
            raw = _mkdocs_yml(project)
            overrides["plugins"] = [p for p in raw.get("plugins") or [] if _plugin_name(p) not in ("search", "material/search")]
            overrides["nav"] = [*(raw.get("nav") or []), {"Search": "search.md"}]
        config = load_config(str(project / "mkdocs.yml"), strict=strict, **overrides)
        mkdocs_build(config)
    except (exceptions.ConfigurationError, exceptions.Abort) as exc:
        raise UserError(f"MkDocs could not build the site: {exc}") from None
    site_dir = Path(config["site_dir"])
    if search == "pagefind":
        run_pagefind(site_dir)
    return site_dir


def _plugin_name(entry) -> str:
    return next(iter(entry)) if isinstance(entry, dict) else str(entry)


def run_pagefind(site_dir: Path) -> None:
    """Index the built site with Pagefind (a Rust program shipped in the pagefind[bin] wheel):
    site/pagefind/ then holds the chunked index and the search UI the Search page loads."""
    try:
        import pagefind  # noqa: F401  (only to tell the user how to get it)
    except ImportError:
        raise UserError("search 'pagefind' needs the Pagefind package: pip install 'pagefind[bin]>=1.5,<2' "
                        "(or pip install -e '.[pagefind]'), or build with --search material") from None
    # Only the page's content is indexed, not Material's header, navigation and footer.
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--root-selector", "article", "--silent"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise UserError(f"Pagefind could not index {site_dir}: {(done.stderr or done.stdout).strip()[-2000:]}")


def _quiet_mkdocs_logging() -> None:
    """Show MkDocs' warnings and errors, not its INFO chatter."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_chronology", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("mkdocs %(levelname)s: %(message)s"))
        handler.setLevel(logging.WARNING)
        handler._chronology = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.WARNING)


def build(project: Path, extract: bool = True, strict: bool = False, progress=None,
          search: str | None = None) -> tuple[BuildSummary, ExtractSummary | None]:
    started = time.perf_counter()
    search = search_engine(project, search)
    # One lock over extract and load, so another process cannot change content/ in between and
    # the pages are built from one consistent state of it.
    with content_lock(project / "content"):
        extracted = extract_project(project, changed_only=True, progress=progress) if extract else None
        content = content_after(project, extracted)
    report = render_project(project, content, search)
    articles, events = len(content.sources), len(content.events)
    # MkDocs keeps every page's HTML in memory at once: let content/ go first (about 40 MB per
    # 1,000 articles), so a large archive stays within the memory of a CI runner.
    del content
    if extracted:
        extracted.unchanged_content = None
    gc.collect()
    site_dir = run_mkdocs_build(project, strict=strict, search=search)
    index = site_dir / "search" / "search_index.json"
    summary = BuildSummary(articles=articles, events=events, pages=report.pages,
                           seconds=time.perf_counter() - started, site_dir=site_dir,
                           search_index_bytes=index.stat().st_size if search == "material" and index.exists() else 0)
    return summary, extracted


def render_for_serve(project: Path) -> None:
    """Called by the MkDocs hook before each rebuild while serving: a broken YAML file prints its
    problems and leaves the last good pages in place instead of stopping the server; so does
    another chronology process writing content/ at that moment (the next save renders again)."""
    try:
        with content_lock(project / "content"):
            content = load_content(project)
    except LockBusy as busy:
        print(f"chronology: {busy.message}", file=sys.stderr)
        print("chronology: pages not updated this time; save again once it has finished", file=sys.stderr)
        return
    if content.errors:
        for problem in content.problems:
            print(problem, file=sys.stderr)
        print("chronology: pages not updated until these are fixed", file=sys.stderr)
        return
    render_project(project, content)


def serve(project: Path, dev_addr: str) -> None:
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ["CHRONOLOGY_RENDER_ON_BUILD"] = "1"
    _quiet_mkdocs_logging()
    logging.getLogger("mkdocs").setLevel(logging.INFO)  # show the address and the rebuilds
    # livereload=True explicitly: with click 8.3+ the CLI's default leaves live reload off.
    # content/ and site_templates/ are watched through `watch:` in mkdocs.yml.
    # build_type="dirty": after the first build MkDocs rebuilds only pages whose Markdown changed,
    # and render_for_serve rewrites only those, so a saved edit shows in seconds at any size.
    # (The preview's search index then covers the pages rebuilt; `chronology build` is complete.)
    mkdocs_serve(config_file=str(project / "mkdocs.yml"), livereload=True, build_type="dirty", dev_addr=dev_addr)


__all__ = ["OUTPUT_SUBDIR", "UserError", "build", "serve", "render_project", "checked_content"]
