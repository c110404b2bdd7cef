"""CID 3429 Catheterization Device.

Extensible, version 20240611, UID 1.2.840.10008.6.1.91.
Includes CID 3411.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

IntraAorticBalloonPumpIABP: _Final[_groups.Cid3429Code]
FluidFilledCatheter: _Final[_groups.Cid3429Code]
FiberopticCatheter: _Final[_groups.Cid3429Code]
ThermistorCatheter: _Final[_groups.Cid3429Code]
TipManometer: _Final[_groups.Cid3429Code]
SwannGanzCatheter: _Final[_groups.Cid3429Code]
Sheath: _Final[_groups.Cid3429Code]
TransseptalCatheter: _Final[_groups.Cid3429Code]
Bioptome: _Final[_groups.Cid3429Code]
PercutaneousTransluminalAngioplastyBalloon: _Final[_groups.Cid3429Code]
CuttingBalloonAngioplastyCBADevice: _Final[_groups.Cid3429Code]
Stent: _Final[_groups.Cid3429Code]
DirectionalCoronaryAtherectomyDCADevice: _Final[_groups.Cid3429Code]
RotationalAtherectomyDevice: _Final[_groups.Cid3429Code]
SalineThrombectomy: _Final[_groups.Cid3429Code]
TransluminalExtractionCatheterTEC: _Final[_groups.Cid3429Code]
Laser: _Final[_groups.Cid3429Code]
IntravascularUltrasoundIVUSDevice: _Final[_groups.Cid3429Code]
IntracoronaryDopplerGuideWire: _Final[_groups.Cid3429Code]
IntracoronaryPressureGuideWire: _Final[_groups.Cid3429Code]
BrachytherapyDevice: _Final[_groups.Cid3429Code]
RadiofrequencyAblationDevice: _Final[_groups.Cid3429Code]
IntravascularOpticalCoherenceTomographyDevice: _Final[_groups.Cid3429Code]
GuideWire: _Final[_groups.Cid3429Code]
GuidingCatheter: _Final[_groups.Cid3429Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3429Code]]
