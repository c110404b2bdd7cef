"""CID 3022 CAD-RADS™ Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1431.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NNonDiagnosticSegments: _Final[_groups.Cid3022Code]
SStent: _Final[_groups.Cid3022Code]
GGraft: _Final[_groups.Cid3022Code]
VVulnerablePlaque: _Final[_groups.Cid3022Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3022Code]]
