"""CID 6314 Prostate MRI Study Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1371.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ProtocolNotFollowed: _Final[_groups.Cid6314Code]
CoilPlacementConcern: _Final[_groups.Cid6314Code]
CoilSelectionConcern: _Final[_groups.Cid6314Code]
StudyPerformedDidNotMatchRequest: _Final[_groups.Cid6314Code]
IncompleteStudy: _Final[_groups.Cid6314Code]
SuboptimalPatientPreparation: _Final[_groups.Cid6314Code]
SuboptimalPatientPositioning: _Final[_groups.Cid6314Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6314Code]]
