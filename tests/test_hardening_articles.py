"""Issue 7, articles: whatever lands in seeds/ is decoded, cleaned, or skipped with a warning
naming the file, and the rest of the build goes on. The article text every stage quotes and
hashes is what ingest.read_article_text returns (extract, validate and render all call it)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml

from conftest import SMALL_ARTICLE, make_project, run

from generator.ingest import ArticleProblem, decode_article, html_to_text, read_article_text

# Our own article with non-ASCII letters and typographic quotes, to see them survive decoding.
ACCENTED = """Fighting near Maarat al-Numan and Kafr Nabl

6 June 2020

Government forces shelled the town of Saraqib on Wednesday, according to the café owner José.

The “Syrian Observatory” said that Russian warplanes struck Idlib province on Thursday.
"""


def quotes(project: Path) -> list[str]:
    found = []
    for path in sorted((project / "content" / "events").rglob("*.yml")):
        found += [q["quote"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]]
    return found


def extract_ok(project: Path):
    result = run(project, "extract")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def validate_ok(project: Path):
    result = run(project, "validate")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output, result.output  # no "article text changed" either
    return result


def write_seed(project: Path, name: str, data: bytes) -> None:
    (project / "seeds" / name).write_bytes(data)


# ---------------------------------------------------------------- skipped with a warning

@pytest.mark.parametrize("name, data, why", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t \r\n", "is empty"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, "looks like a binary file"),
    ("noise.txt", bytes((i * 37 + 11) % 32 for i in range(5000)).replace(b"\x00", b"\x01").replace(b"\n", b"\x02"), "looks like a binary file"),
    ("notes.docx", b"PK\x03\x04 a word file", "is not an article file"),
    ("README", b"Just some notes about the seeds.\n", "is not an article file"),
])
def test_a_file_that_is_not_an_article_is_skipped_with_a_warning_and_the_rest_goes_on(project, name, data, why):
    write_seed(project, name, data)
    result = extract_ok(project)
    assert f"warning: seeds/{name}: {why}" in result.output, result.output
    assert "Extracted 1 of 1 articles" in result.output
    validate_ok(project)


def test_a_20_mb_article_is_refused_at_once_without_being_read(project):
    with open(project / "seeds" / "huge.txt", "wb") as handle:
        handle.truncate(20_000_000)  # sparse: 20 MB on paper, nothing on disk
        handle.write(SMALL_ARTICLE.encode())
    started = time.perf_counter()
    result = extract_ok(project)
    assert time.perf_counter() - started < 15
    assert "warning: seeds/huge.txt: is 20.0 MB, larger than the 8 MB an article file may be" in result.output
    assert "Extracted 1 of 1 articles" in result.output


def test_an_article_longer_than_the_character_limit_is_refused_with_a_warning(project):
    body = "Government forces shelled the town of Saraqib on Wednesday, according to local sources.\n\n"
    (project / "seeds" / "long.txt").write_text("A long report from Idlib province\n\n6 June 2020\n\n" + body * 6000)
    started = time.perf_counter()
    result = extract_ok(project)
    assert time.perf_counter() - started < 15
    assert "warning: seeds/long.txt: has 5" in result.output and "more than the 500,000 an article may have" in result.output


def test_a_100000_character_line_is_processed_in_bounded_time(tmp_path):
    line = ("Russian warplanes struck Idlib province on Wednesday, three days after the March 6 truce; " * 1200)[:100_000]
    project = make_project(tmp_path / "p", {"one-line.txt": "Strikes on Idlib province go on\n\n6 June 2020\n\n" + line + "\n"})
    started = time.perf_counter()
    extract_ok(project)
    assert time.perf_counter() - started < 60
    validate_ok(project)


def test_the_same_article_under_two_names_is_extracted_once_with_a_warning_naming_both(project):
    (project / "seeds" / "zz-copy.txt").write_text(SMALL_ARTICLE, encoding="utf-8")
    result = extract_ok(project)
    assert ("warning: seeds/zz-copy.txt: the same text as seeds/saraqib-report.txt (same SHA-256), "
            "which is extracted instead") in result.output
    assert sorted(p.name for p in (project / "content" / "sources").glob("*.yml")) == ["saraqib-report.yml"]
    validate_ok(project)


def test_a_copy_added_later_under_an_earlier_name_does_not_displace_the_extracted_one(project):
    extract_ok(project)
    (project / "seeds" / "aaa-copy.txt").write_text(SMALL_ARTICLE, encoding="utf-8")
    result = extract_ok(project)
    assert "warning: seeds/aaa-copy.txt: the same text as seeds/saraqib-report.txt" in result.output
    assert sorted(p.name for p in (project / "content" / "sources").glob("*.yml")) == ["saraqib-report.yml"]


def test_two_file_names_that_give_the_same_id_are_reported(project):
    (project / "seeds" / "Saraqib Report.txt").write_text(ACCENTED, encoding="utf-8")
    result = extract_ok(project)
    assert "gives the same source id 'saraqib-report' as seeds/" in result.output
    validate_ok(project)


def test_a_symlink_out_of_the_repository_is_not_read(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(ACCENTED, encoding="utf-8")
    os.symlink(secret, project / "seeds" / "link.txt")
    result = extract_ok(project)
    assert "warning: seeds/link.txt: is a link to a file outside the repository" in result.output
    assert not (project / "content" / "sources" / "link.yml").exists()


def test_a_source_whose_file_escapes_the_repository_is_refused(project, tmp_path):
    extract_ok(project)
    (tmp_path / "outside.txt").write_text(SMALL_ARTICLE, encoding="utf-8")
    source = project / "content" / "sources" / "saraqib-report.yml"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("file: seeds/saraqib-report.txt", "file: seeds/../../outside.txt"), encoding="utf-8")
    result = run(project, "validate")
    assert result.exit_code == 1
    assert "content/sources/saraqib-report.yml:3: article file 'seeds/../../outside.txt' is outside the repository" in result.output


# ---------------------------------------------------------------- decoded

@pytest.mark.parametrize("encoding, data", [
    ("latin-1", ACCENTED.replace("“", '"').replace("”", '"').encode("latin-1")),
    ("windows-1252", ACCENTED.encode("cp1252")),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + ACCENTED.encode("utf-8")),
    ("utf-16 with BOM", ACCENTED.encode("utf-16")),
    ("utf-16-be with BOM", b"\xfe\xff" + ACCENTED.encode("utf-16-be")),
    ("utf-16-le without BOM", ACCENTED.encode("utf-16-le")),
    ("windows line endings", ACCENTED.replace("\n", "\r\n").encode("utf-8")),
    ("old mac line endings", ACCENTED.replace("\n", "\r").encode("utf-8")),
])
def test_an_article_in_another_encoding_is_decoded_and_its_quotes_validate(tmp_path, encoding, data):
    project = make_project(tmp_path / "p")
    write_seed(project, "accented.txt", data)
    extract_ok(project)
    found = quotes(project)
    assert any("José" in q for q in found), found  # decoded, not mojibake
    assert not any("\r" in q or "\ufeff" in q for q in found)
    validate_ok(project)  # validate decodes the same way: quotes verbatim, sha256 equal


def test_windows_line_endings_give_the_same_records_as_unix_ones(tmp_path):
    unix = make_project(tmp_path / "unix", {"a.txt": ACCENTED})
    windows = make_project(tmp_path / "windows")
    write_seed(windows, "a.txt", ACCENTED.replace("\n", "\r\n").encode("utf-8"))
    extract_ok(unix)
    extract_ok(windows)
    texts = lambda p: {f.relative_to(p).as_posix(): f.read_bytes() for f in sorted((p / "content").rglob("*.yml"))}
    assert texts(unix) == texts(windows)


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Shelling and air raids reported around Saraqib</title>
<style>p { color: red }</style><script>var tracking = "Government forces shelled nothing";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<h1>Shelling and air raids reported around Saraqib</h1>
<p class="date">6 June 2020</p>
<p>Government forces <b>shelled</b> the town of Saraqib on Wednesday, according to local sources &amp; activists.</p>
<p>Russian warplanes carried out air strikes on Idlib province on Thursday,
   killing three civilians.</p>
<!-- a comment with <p>markup</p> -->
<p>Turkey said on Friday that it would send more troops to the area.</p>
</body></html>
"""


@pytest.mark.parametrize("name", ["page.html", "saved-page.txt"])
def test_a_web_page_saved_as_is_becomes_its_visible_text_and_quotes_validate(tmp_path, name):
    project = make_project(tmp_path / "p")
    (project / "seeds" / name).write_text(HTML_PAGE, encoding="utf-8")
    extract_ok(project)
    found = quotes(project)
    assert found and not any("<" in q or "&amp;" in q for q in found), found
    assert any("Government forces shelled the town of Saraqib" in q for q in found), found
    validate_ok(project)
    text = read_article_text(project / "seeds" / name)
    assert "tracking" not in text and "color: red" not in text and "markup" not in text
    assert text.startswith("Shelling and air raids reported around Saraqib\n")
    assert "according to local sources & activists." in text
    assert "Thursday, killing three civilians." in text  # a paragraph's line breaks are folded


def test_an_article_that_merely_mentions_tags_is_not_treated_as_html():
    text = "A <b>report</b>\n\n<script>alert(1)</script> was in the text.\n"
    assert decode_article(text.encode()) == text
    assert html_to_text("<p>a</p><p>b &lt;c&gt;</p>") == "a\n\nb <c>\n"


def test_decoding_edge_cases():
    assert decode_article(b"") == ""
    assert decode_article(b"a" * 5000 + b"\x00b\r\nc") == "a" * 5000 + "b\nc"  # a stray NUL past the sniffed head is dropped
    with pytest.raises(ArticleProblem, match="not valid UTF-16"):
        decode_article(b"\xff\xfe\x00\xd8")  # a lone surrogate
    assert decode_article("Ünïcödé".encode("utf-16-be")) == "Ünïcödé"


def test_a_build_with_every_kind_of_bad_article_still_builds_the_good_ones(project):
    write_seed(project, "empty.txt", b"")
    write_seed(project, "binary.txt", bytes(range(256)) * 10)
    write_seed(project, "zz-copy.txt", SMALL_ARTICLE.encode())
    write_seed(project, "latin.txt", ACCENTED.replace("“", '"').replace("”", '"').encode("latin-1"))
    write_seed(project, "page.html", HTML_PAGE.replace("Saraqib", "Binnish").encode())
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for name in ("empty.txt", "binary.txt", "zz-copy.txt"):
        assert f"warning: seeds/{name}: " in result.output
    assert "Built site/ from 3 articles" in result.output
    assert (project / "site" / "sources" / "latin" / "index.html").exists()
    page = (project / "site" / "sources" / "page" / "index.html").read_text(encoding="utf-8")
    assert "tracking" not in page and "&lt;b&gt;" not in page
