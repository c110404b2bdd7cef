"""CID 6126 Location in Lung.

Extensible, version 20240611, UID 1.2.840.10008.6.1.446.
Includes CID 6171, CID 6170.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Subpleural: _Final[_groups.Cid6126Code]
UpperZoneOfLung: _Final[_groups.Cid6126Code]
MiddleZoneOfLung: _Final[_groups.Cid6126Code]
LowerZoneOfLung: _Final[_groups.Cid6126Code]
UpperLobeOfLung: _Final[_groups.Cid6126Code]
MiddleLobeOfRightLung: _Final[_groups.Cid6126Code]
LowerLobeOfLung: _Final[_groups.Cid6126Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6126Code]]
