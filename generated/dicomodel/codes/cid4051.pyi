"""CID 4051 General Device.

Extensible, version 20160525, UID 1.2.840.10008.6.1.314.
Includes CID 8, CID 3451, CID 4052.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Syringe: _Final[_groups.Cid4051Code]
Stent: _Final[_groups.Cid4051Code]
Catheter: _Final[_groups.Cid4051Code]
Laser: _Final[_groups.Cid4051Code]
Glue: _Final[_groups.Cid4051Code]
AtherectomyDevice: _Final[_groups.Cid4051Code]
EmbolizationBall: _Final[_groups.Cid4051Code]
PercutaneousTransluminalAngioplastyBalloon: _Final[_groups.Cid4051Code]
EmbolizationCoil: _Final[_groups.Cid4051Code]
DetachableBalloon: _Final[_groups.Cid4051Code]
GuidingCatheter: _Final[_groups.Cid4051Code]
EmbolizationParticulate: _Final[_groups.Cid4051Code]
RotationalAtherectomyDevice: _Final[_groups.Cid4051Code]
MeasuringRuler: _Final[_groups.Cid4051Code]
Sphere: _Final[_groups.Cid4051Code]
Phantom: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomCT: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomMR: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomMammography: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomECT: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomPET: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomECTPET: _Final[_groups.Cid4051Code]
ACRAccreditationPhantomPETFaceplate: _Final[_groups.Cid4051Code]
IECHeadDosimetryPhantom: _Final[_groups.Cid4051Code]
IECBodyDosimetryPhantom: _Final[_groups.Cid4051Code]
NEMAXR212000Phantom: _Final[_groups.Cid4051Code]
V10cmDosimetryPhantom: _Final[_groups.Cid4051Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4051Code]]
