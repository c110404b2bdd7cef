"""CID 3339 Electrophysiology Annotation.

Extensible, version 20020904, UID 1.2.840.10008.6.1.64.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AblationOff: _Final[_groups.Cid3339Code]
AblationOn: _Final[_groups.Cid3339Code]
HISBundleWave: _Final[_groups.Cid3339Code]
PWave: _Final[_groups.Cid3339Code]
QWave: _Final[_groups.Cid3339Code]
RWave: _Final[_groups.Cid3339Code]
SWave: _Final[_groups.Cid3339Code]
StartOfAtrialContraction_109045: _Final[_groups.Cid3339Code]
StartOfAtrialContraction_109046: _Final[_groups.Cid3339Code]
StimulationAtRate1Interval: _Final[_groups.Cid3339Code]
StimulationAtRate2Interval: _Final[_groups.Cid3339Code]
StimulationAtRate3Interval: _Final[_groups.Cid3339Code]
StimulationAtRate4Interval: _Final[_groups.Cid3339Code]
TWave: _Final[_groups.Cid3339Code]
VWave: _Final[_groups.Cid3339Code]
VWaveOfNextBeat: _Final[_groups.Cid3339Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3339Code]]
