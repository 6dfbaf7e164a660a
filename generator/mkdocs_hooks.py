"""MkDocs hooks (listed under `hooks:` in mkdocs.yml).

- The edit button of each generated page points at the YAML file behind it (front matter
  `edit_path`), not at the generated Markdown, which nobody should edit.
- Under `chronology serve`, each rebuild first re-renders the Markdown from content/, so editing
  a YAML file or a template shows up in the browser.
"""

from __future__ import annotations

import os
from pathlib import Path

RENDER_ON_BUILD = "CHRONOLOGY_RENDER_ON_BUILD"


def on_pre_build(config, **kwargs):
    if os.environ.get(RENDER_ON_BUILD) != "1":
        return
    from generator.build import render_for_serve

    render_for_serve(Path(config["config_file_path"]).parent)


def on_page_markdown(markdown, page, config, files, **kwargs):
    edit_path = page.meta.get("edit_path")
    if edit_path:
        from generator.render import edit_url

        page.edit_url = edit_url(config.get("repo_url"), config.get("edit_uri"), str(edit_path))
    return markdown
