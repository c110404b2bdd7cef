"""CID 6134 Chest Qualitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.454.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DifferenceInBorderShape: _Final[_groups.Cid6134Code]
DifferenceInBorderDefinition: _Final[_groups.Cid6134Code]
DifferenceInDistribution: _Final[_groups.Cid6134Code]
DifferenceInSiteInvolvement: _Final[_groups.Cid6134Code]
DifferenceInSubstance: _Final[_groups.Cid6134Code]
DifferenceInTexture: _Final[_groups.Cid6134Code]
FindingPartiallyRemoved: _Final[_groups.Cid6134Code]
NoSignificantChangesInTheFinding: _Final[_groups.Cid6134Code]
IncreaseInSize: _Final[_groups.Cid6134Code]
DecreaseInSize: _Final[_groups.Cid6134Code]
LessDefined: _Final[_groups.Cid6134Code]
MoreDefined: _Final[_groups.Cid6134Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6134Code]]
