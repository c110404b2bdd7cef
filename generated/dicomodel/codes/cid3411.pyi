"""CID 3411 Intracoronary Device.

Extensible, version 20110609, UID 1.2.840.10008.6.1.76.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PercutaneousTransluminalAngioplastyBalloon: _Final[_groups.Cid3411Code]
CuttingBalloonAngioplastyCBADevice: _Final[_groups.Cid3411Code]
Stent: _Final[_groups.Cid3411Code]
DirectionalCoronaryAtherectomyDCADevice: _Final[_groups.Cid3411Code]
RotationalAtherectomyDevice: _Final[_groups.Cid3411Code]
SalineThrombectomy: _Final[_groups.Cid3411Code]
TransluminalExtractionCatheterTEC: _Final[_groups.Cid3411Code]
Laser: _Final[_groups.Cid3411Code]
IntravascularUltrasoundIVUSDevice: _Final[_groups.Cid3411Code]
IntracoronaryDopplerGuideWire: _Final[_groups.Cid3411Code]
IntracoronaryPressureGuideWire: _Final[_groups.Cid3411Code]
BrachytherapyDevice: _Final[_groups.Cid3411Code]
RadiofrequencyAblationDevice: _Final[_groups.Cid3411Code]
IntravascularOpticalCoherenceTomographyDevice: _Final[_groups.Cid3411Code]
GuideWire: _Final[_groups.Cid3411Code]
GuidingCatheter: _Final[_groups.Cid3411Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3411Code]]
