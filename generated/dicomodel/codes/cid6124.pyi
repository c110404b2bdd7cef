"""CID 6124 Location in Chest.

Extensible, version 20030108, UID 1.2.840.10008.6.1.444.
Includes CID 6125, CID 6126, CID 6127.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Central: _Final[_groups.Cid6124Code]
Peripheral: _Final[_groups.Cid6124Code]
Apical: _Final[_groups.Cid6124Code]
Basal: _Final[_groups.Cid6124Code]
Subpleural: _Final[_groups.Cid6124Code]
UpperZoneOfLung: _Final[_groups.Cid6124Code]
MiddleZoneOfLung: _Final[_groups.Cid6124Code]
LowerZoneOfLung: _Final[_groups.Cid6124Code]
UpperLobeOfLung: _Final[_groups.Cid6124Code]
MiddleLobeOfRightLung: _Final[_groups.Cid6124Code]
LowerLobeOfLung: _Final[_groups.Cid6124Code]
AnteriorSegmentOfRightUpperLobe: _Final[_groups.Cid6124Code]
AnteriorSegmentOfLeftUpperLobe: _Final[_groups.Cid6124Code]
PosteriorSegmentOfRightUpperLobe: _Final[_groups.Cid6124Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6124Code]]
