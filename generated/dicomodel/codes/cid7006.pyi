"""CID 7006 SR Document Purpose of Reference.

Extensible, version 20061023, UID 1.2.840.10008.6.1.487.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
EquivalentCDADocument: _Final[_groups.Cid7006Code]
CompleteRenderingForPresentation: _Final[_groups.Cid7006Code]
PartialRenderingForPresentation: _Final[_groups.Cid7006Code]
ExtendedRenderingForPresentation: _Final[_groups.Cid7006Code]
SourceDocument: _Final[_groups.Cid7006Code]
MEMBERS: _Final[tuple[_groups.Cid7006Code, ...]]
