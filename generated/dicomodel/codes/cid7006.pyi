"""CID 7006 SR Document Purpose of Reference.

Extensible, version 20061023, UID 1.2.840.10008.6.1.487.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EquivalentCDADocument: _Final[_groups.Cid7006Code]
CompleteRenderingForPresentation: _Final[_groups.Cid7006Code]
PartialRenderingForPresentation: _Final[_groups.Cid7006Code]
ExtendedRenderingForPresentation: _Final[_groups.Cid7006Code]
SourceDocument: _Final[_groups.Cid7006Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7006Code]]
