"""Overlays: supplements and correction proposals applied on top of an edition.

A supplement or correction proposal voted final text between two editions is
written down as an *overlay*: a folder holding a manifest and small files in the
standard's own DocBook shape, one per amended Part. The build applies overlays
to the normalized documents (after reading, before parsing), so one overlay
serves a DocBook and a chunked-HTML source alike.

Layout (``generator/overlays/data/<name>/``, or any folder passed by path)::

    overlay.toml     name, document, status, date, editions, requires, fragments
    part03.xml       <book label="PS3.3"> with the amended sections and tables
    part04.xml ...

A fragment is a DocBook ``book`` of one Part. Its sections and tables stand
where they stand in the Part, and those to change carry an ``ov:action``
attribute (namespace ``urn:dicomodel:overlay``):

- ``<section xml:id=".." ov:action="replace">``: the section's label, title and
  own content are replaced (its subsections are untouched); the tables it holds
  must stand in the replacement too, each with its own action;
- ``<section xml:id=".." ov:action="add" ov:after="sect_..">``: a new section,
  child of the enclosing fragment section (or of ``ov:parent``), after the
  sibling ``ov:after`` (else after its parent's last subsection);
- a section without ``ov:action`` only says where its content stands: it must
  exist, and hold nothing but sections and tables;
- ``<table xml:id=".." ov:action="replace">`` replaces a whole table;
  ``ov:action="add"`` adds one to its section (after table ``ov:after``);
- ``<table xml:id=".." ov:action="edit" ov:key="1,2">`` edits rows: each body
  ``tr`` carries ``ov:action="add"`` (after the row ``ov:after`` or before
  ``ov:before``, else at the end), ``"replace"`` or ``"remove"``. A row is named
  by its key: the text of the key columns (1-based, default ``1``) joined by
  `` | `` (``DCM | 128228``); ``ov:match`` names the row to replace or remove
  when the new row's key differs.

Overlays are applied in the order the build lists them (``generator.defaults``,
``--overlay``); within an overlay, fragments in manifest order and operations in
document order. A conflict is an error naming the overlay file, the table or
section, and the row: replacing, editing or removing what does not exist, adding
what exists, two overlays (or one, twice) touching the same row, section or
table. What each overlay changed is recorded in the IR
(``Standard.overlays``), in ``generated/dicomodel/_build.py`` and in
``generated/CHANGELOG.md``.
"""

from __future__ import annotations

from generator.overlays.apply import apply_overlays
from generator.overlays.manifest import (
    OVERLAY_DATA,
    Manifest,
    OverlayError,
    find_overlay,
    load_overlays,
)

__all__ = [
    "OVERLAY_DATA",
    "Manifest",
    "OverlayError",
    "apply_overlays",
    "find_overlay",
    "load_overlays",
]
