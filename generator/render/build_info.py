"""The ``dicomodel/_build.py`` record: what the generated package was built from."""

from __future__ import annotations

import pprint
from typing import Any

from generator.ir.standard import Standard
from generator.render.files import RenderedFile, render


def counts(standard: Standard) -> dict[str, int]:
    """The headline counts of a build, in a fixed order."""
    return {
        "iods": len(standard.iods),
        "modules": len(standard.modules),
        "macros": len(standard.macros),
        "attributes": sum(len(table.walk()) for table in (*standard.modules, *standard.macros)),
        "data_elements": len(standard.data_elements),
        "file_meta_elements": len(standard.file_meta_elements),
        "directory_elements": len(standard.directory_elements),
        "uids": len(standard.uids),
        "context_group_uids": len(standard.context_group_uids),
        "sop_classes": len(standard.sop_classes),
        "coding_schemes": len(standard.coding_schemes),
        "context_groups": len(standard.context_groups),
        "codes": len(standard.concepts),
        "templates": len(standard.templates),
    }


def overlay_records(standard: Standard) -> list[dict[str, Any]]:
    """Each overlay of the build, in the order applied, with the changes it made."""
    return [
        {
            "name": overlay.name,
            "document": overlay.document,
            "status": overlay.status,
            "date": overlay.date,
            "changes": [change.describe() for change in overlay.changes],
        }
        for overlay in standard.overlays
    ]


def build_record(standard: Standard) -> dict[str, Any]:
    """Provenance as plain data: no timestamps, no local paths.

    Every generated module's header names the edition only; the overlays applied
    on top of it (supplements, correction proposals) are recorded here, in order,
    and ``generated/CHANGELOG.md`` says what they changed.
    """
    return {
        "edition": standard.edition,
        "overlays": overlay_records(standard),
        "sources": [source.model_dump(mode="json") for source in standard.sources],
        "dictionary": (
            standard.dictionary.model_dump(mode="json") if standard.dictionary else None
        ),
        "counts": counts(standard),
    }


def render_build_info(standard: Standard) -> RenderedFile:
    """Render ``dicomodel/_build.py``."""
    literal = pprint.pformat(build_record(standard), sort_dicts=True, width=88)
    return render("dicomodel/_build.py.jinja2", standard=standard, build_literal=literal)
