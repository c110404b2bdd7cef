"""CID 3525 Blood Gas Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.139.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BloodCarbonDioxideContent: _Final[_groups.Cid3525Code]
ArterialBloodCarbonDioxideContent: _Final[_groups.Cid3525Code]
VenousBloodCarbonDioxideContent: _Final[_groups.Cid3525Code]
BloodOxygenContent: _Final[_groups.Cid3525Code]
ArterialOxygenContent: _Final[_groups.Cid3525Code]
VenousOxygenContent: _Final[_groups.Cid3525Code]
AorticRootOxygenContent: _Final[_groups.Cid3525Code]
PulmonaryArteryMainOxygenContent: _Final[_groups.Cid3525Code]
PulmonaryWedgeOxygenContent: _Final[_groups.Cid3525Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3525Code]]
