"""Rendering again after a small edit redoes only the pages that show what changed, and the
result is always exactly what rendering from scratch gives."""

from __future__ import annotations

from pathlib import Path

import shutil

import pytest

from conftest import SMALL_ARTICLE, make_project, run, snapshot
from generator.render import RENDER_STATE, TEMPLATE_DIR, render_site
from generator.validate import load_content

SEEDS = {f"report-{i}.txt": SMALL_ARTICLE.replace("Saraqib", town).replace("6 June 2020", f"{day} June 2020")
         for i, (town, day) in enumerate([("Saraqib", 6), ("Binnish", 9), ("Ariha", 12)])}


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "project", SEEDS)
    assert run(project, "extract").exit_code == 0
    return project


def render(project: Path, out: Path):
    return render_site(project, load_content(project), "https://example.org/repo", "edit/main/", None, out_dir=out)


def fresh(project: Path, tmp_path: Path, name: str) -> dict:
    out = tmp_path / name
    render(project, out)
    pages = snapshot(out)
    pages.pop(RENDER_STATE)
    return pages


def current(out: Path) -> dict:
    pages = snapshot(out)
    pages.pop(RENDER_STATE)
    return pages


def test_rendering_twice_renders_nothing_the_second_time(extracted, tmp_path):
    out = tmp_path / "docs"
    first = render(extracted, out)
    assert first.rendered == first.pages
    again = render(extracted, out)
    assert (again.rendered, again.written, again.removed) == (0, 0, 0)


def test_after_editing_one_event_only_its_pages_are_redone_and_match_a_fresh_render(extracted, tmp_path):
    out = tmp_path / "docs"
    render(extracted, out)
    event_file = sorted((extracted / "content" / "events").rglob("*.yml"))[0]
    event_file.write_text(event_file.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1))
    report = render(extracted, out)
    assert 0 < report.rendered < report.pages / 2, report
    assert current(out) == fresh(extracted, tmp_path, "fresh")
    assert any(b"Corrected" in text for text in current(out).values())


def test_renaming_an_actor_redoes_every_page_that_names_it(extracted, tmp_path):
    out = tmp_path / "docs"
    render(extracted, out)
    actor_file = next(p for p in (extracted / "content" / "actors").glob("*.yml") if "\nname: " in p.read_text())
    actor_file.write_text(actor_file.read_text().replace(f"\nname: ", "\nname: Renamed ", 1))
    render(extracted, out)
    assert current(out) == fresh(extracted, tmp_path, "fresh")


def test_deleting_an_event_removes_it_everywhere(extracted, tmp_path):
    out = tmp_path / "docs"
    render(extracted, out)
    sorted((extracted / "content" / "events").rglob("*.yml"))[-1].unlink()
    render(extracted, out)
    assert current(out) == fresh(extracted, tmp_path, "fresh")


def test_a_broken_state_file_renders_everything(extracted, tmp_path):
    out = tmp_path / "docs"
    render(extracted, out)
    (out / RENDER_STATE).write_text("{not json")
    report = render(extracted, out)
    assert report.rendered == report.pages
    assert current(out) == fresh(extracted, tmp_path, "fresh")


def test_a_page_deleted_from_the_output_is_written_again(extracted, tmp_path):
    out = tmp_path / "docs"
    render(extracted, out)
    (out / "timeline" / "2020.md").unlink()
    render(extracted, out)
    assert current(out) == fresh(extracted, tmp_path, "fresh")


def test_a_changed_template_redoes_the_pages(extracted, tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATE_DIR, templates)
    out = tmp_path / "docs"
    site = ("https://example.org/repo", "edit/main/", None)
    render_site(extracted, load_content(extracted), *site, out_dir=out, template_dir=templates)
    macros = templates / "_macros.md.j2"
    macros.write_text(macros.read_text() + "\n{# a comment changes no page, but the template did change #}\n")
    report = render_site(extracted, load_content(extracted), *site, out_dir=out, template_dir=templates)
    assert report.rendered == report.pages
