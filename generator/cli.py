"""The `chronology` command. Exit codes: 0 success, 1 a problem the user can fix (printed as
`file:line: message`, never a traceback), 2 a usage error (click's own)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from . import __version__
from .build import UserError


def _project(ctx: click.Context) -> Path:
    return ctx.obj["project"]


def _writing(ctx: click.Context):
    """The exclusive lock on content/ that every command that writes holds (see store.content_lock):
    a second chronology process exits 1 with a message instead of interleaving its writes."""
    from .store import content_lock

    project = _project(ctx)
    if not (project / "mkdocs.yml").exists() and not (project / "content").is_dir():
        from .build import UserError

        raise UserError(f"{project / 'mkdocs.yml'}: not found (nor content/): not a chronology project; "
                        "run chronology from the project folder or pass --project")
    return content_lock(project / "content")


def user_errors(command):
    """Turn UserError (and a damaged ledger, a locked content/, an unwritable file) into a clear
    message and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from .parallel import SettingProblem
        from .store import YamlProblem

        try:
            return command(*args, **kwargs)
        except SettingProblem as problem:
            click.echo(f"chronology: {problem}", err=True)
            sys.exit(1)
        except UserError as error:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            click.echo(f"chronology: {error}", err=True)
            sys.exit(1)
        except YamlProblem as problem:  # also LockBusy: another process is writing content/
            click.echo(f"chronology: {problem.message}", err=True)
            sys.exit(1)
        except OSError as error:  # a read-only folder, a full disk: nothing a traceback would explain
            where = f" {error.filename}" if error.filename else ""
            click.echo(f"chronology: cannot read or write{where}: {error.strerror or error}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("chronology: interrupted; files already written are complete (writes are atomic)", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chronology")
@click.option("--project", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The project folder (with mkdocs.yml, seeds/ and content/).")
@click.pass_context
def main(ctx: click.Context, project: Path) -> None:
    """Turn news articles into a verified, cross-linked chronology website."""
    ctx.obj = {"project": project.resolve()}


def _progress(index: int, total: int, name: str) -> None:
    if sys.stderr.isatty():
        click.echo(f"\r  extracting {index + 1}/{total} {name[:50]:<50}", err=True, nl=index + 1 == total)


def _print_extract(summary) -> None:
    for skipped in summary.skipped:
        click.echo(f"warning: {skipped}", err=True)
    report = summary.report
    if report:
        click.echo(f"Extracted {summary.extracted} of {summary.articles} articles: "
                   f"{len(report.written)} files written, {report.unchanged} unchanged, "
                   f"{len(report.removed)} removed, {len(report.kept_human)} kept as people edited them, "
                   f"{len(report.kept_deleted)} not brought back after people deleted them.")


@main.command()
@click.option("--changed-only", is_flag=True, help="Only articles that are new or changed since the last run.")
@click.option("--no-cache", is_flag=True, help="Analyse every article again, without (and without writing) the per-article cache in .cache/chronology/.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes (or Dask workers) to use; default: this machine's cores (CHRONOLOGY_WORKERS).")
@click.option("--executor", type=click.Choice(["auto", "serial", "process", "dask"]), default=None,
              help="Where articles are analysed: auto (processes when there are many), serial, process, or dask "
                   "(a Dask cluster, pip install -e '.[dask]'; default CHRONOLOGY_EXECUTOR).")
@click.option("--dask-address", default=None, metavar="tcp://HOST:8786",
              help="The Dask scheduler to use with --executor dask; without it a local cluster is started "
                   "(CHRONOLOGY_DASK_ADDRESS).")
@click.pass_context
@user_errors
def extract(ctx: click.Context, changed_only: bool, no_cache: bool, workers: int | None, executor: str | None,
            dask_address: str | None) -> None:
    """Read every article in seeds/ and write or merge its records into content/.

    Never overwrites, reverts or deletes what a person changed: see CONTRIBUTING.md."""
    from .extract import extract_project

    with _writing(ctx):
        _print_extract(extract_project(_project(ctx), changed_only=changed_only, progress=_progress, use_cache=not no_cache,
                                       workers=workers, executor=executor, address=dask_address))


@main.command()
@click.option("--format", "output_format", type=click.Choice(["text", "github"]), default="text", show_default=True,
              help="github: also print workflow commands, so problems show on the lines of a pull request.")
@click.pass_context
@user_errors
def validate(ctx: click.Context, output_format: str) -> None:
    """Check all of content/: each problem as content/path.yml:LINE: message."""
    from .validate import load_content

    content = load_content(_project(ctx))
    for problem in content.problems:
        click.echo(str(problem), err=problem.severity == "error")
        if output_format == "github":
            message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            click.echo(f"::{problem.severity} file={problem.path},line={problem.line}::{message}")
    if content.errors:
        click.echo(f"chronology: {len(content.errors)} problem(s) in content/", err=True)
        sys.exit(1)
    counts = ", ".join(f"{len(content.by_kind(k))} {k}s" for k in ("source", "event", "actor", "place", "agreement"))
    click.echo(f"content/ is valid: {counts}.")


@main.command()
@click.option("--no-extract", is_flag=True, help="Build from content/ as it is, without reading seeds/.")
@click.option("--strict", is_flag=True, help="Fail on any MkDocs warning (broken links or anchors).")
@click.option("--search", type=click.Choice(["material", "pagefind"]), default=None,
              help="Search engine of the site: material (one index file; the default) or pagefind (a chunked "
                   "index, for thousands of articles; needs pagefind[bin]). Default: extra.chronology.search in mkdocs.yml.")
@click.pass_context
@user_errors
def build(ctx: click.Context, no_extract: bool, strict: bool, search: str | None) -> None:
    """The main job: extract new or changed articles, validate, render, build site/."""
    from .build import build as run_build

    with _writing(ctx):
        summary, extracted = run_build(_project(ctx), extract=not no_extract, strict=strict, progress=_progress, search=search)
    if extracted and extracted.extracted:
        _print_extract(extracted)
    elif extracted:
        for skipped in extracted.skipped:
            click.echo(f"warning: {skipped}", err=True)
    click.echo(summary.line())
    advice = summary.advice()
    if advice:
        click.echo(advice, err=True)


@main.command()
@click.pass_context
@user_errors
def render(ctx: click.Context) -> None:
    """Only write the Markdown pages (build/docs/), for another site generator to build."""
    from .build import checked_content, render_project

    project = _project(ctx)
    with _writing(ctx):
        report = render_project(project, checked_content(project))
    click.echo(f"Rendered {report.pages} pages ({report.written} changed, {report.removed} removed) into build/docs/.")


@main.command()
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.pass_context
@user_errors
def serve(ctx: click.Context, dev_addr: str) -> None:
    """Build, then preview with live reload: editing content/ or a template updates the browser."""
    from .build import build as run_build
    from .build import serve as run_serve

    with _writing(ctx):  # held for the first build only: extract may run while you preview
        summary, _ = run_build(_project(ctx), progress=_progress)
    click.echo(summary.line())
    run_serve(_project(ctx), dev_addr)


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8", errors="replace"))
@click.option("--dct", metavar="YYYY-MM-DD", help="Document creation time: the publication date relative expressions are "
              "resolved against. Without it, the publication date the article's header states (or the text pins "
              "to the day) is used, and standard error says which.")
def dates(file, dct: str | None) -> None:
    """Print every temporal expression in FILE (or - for standard input), one JSON object a line.

    Offsets are Python string indices into the text as read."""
    from .temporal import timexes_as_json_lines
    from .validate import check_date

    if dct is not None and (len(dct) != 10 or check_date(dct)):
        raise click.BadParameter(f"{dct!r} is not a date: write YYYY-MM-DD", param_hint="--dct")
    text = file.read()
    if dct is None:
        dct = _publication_day(text, file.name)
    for line in timexes_as_json_lines(text, dct):
        click.echo(line)


def _publication_day(text: str, name: str) -> str | None:
    """The article's own publication date, to the day, for `dates` without --dct (said on stderr)."""
    from .extract import publication_date
    from .ingest import analyse
    from .validate import Content

    published = publication_date(analyse(text, "dates", name or "-"), Content())
    if published.value and len(published.value) == 10:
        click.echo(f"dates: no --dct; relative expressions are resolved against the publication date "
                   f"{published.value} ({published.basis}: {published.evidence})", err=True)
        return published.value
    click.echo("dates: no --dct and no publication date to the day in the text "
               f"({published.evidence or 'none found'}): relative expressions stay unresolved", err=True)
    return None


if __name__ == "__main__":
    main()
