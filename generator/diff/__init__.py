"""Release diffs: what changed between two builds of the standard.

A build is summarized as an :class:`~generator.diff.index.Index`: for each kind of
IR record (:data:`~generator.diff.records.KINDS`: data elements, UIDs, SOP
classes, IODs and their module and functional group rows, modules, macros,
attributes, includes, context groups, members, codes, coding schemes), the
records keyed as the kind declares (a tag, a UID, a CID, a table id and a tag
path...) with the fields the diff compares. Two indexes are compared key by key
(:func:`~generator.diff.compare.compare`): added, removed, retired, changed (field
by field). The result renders as Markdown and as JSON
(:mod:`generator.diff.report`).

``dicomodel-gen generate`` writes the index of the build as
``generated/build-index.jsonl`` (one sorted record per line, a few MB instead of
the 100+ MB IR) and, when it differs from the index already there, prepends the
diff to ``generated/CHANGELOG.md`` (``generated/CHANGELOG.json`` holds the latest
entry). ``dicomodel-gen diff`` compares any two builds: IR files, index files, or
editions built on the fly.
"""
