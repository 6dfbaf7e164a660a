"""chronology: news articles in, a verified chronology website out.

The pipeline, one module a stage:
ingest -> temporal -> extract -> resolve -> store/validate -> render -> (mkdocs) ; cli ties them.
"""

__version__ = "0.1.0"
