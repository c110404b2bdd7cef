"""CID 4051 General Device.

Extensible, version 20160525, UID 1.2.840.10008.6.1.314.
Includes CID 8, CID 3451, CID 4052.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Syringe: _Final[_Code]
Stent: _Final[_Code]
Catheter: _Final[_Code]
Laser: _Final[_Code]
Glue: _Final[_Code]
AtherectomyDevice: _Final[_Code]
EmbolizationBall: _Final[_Code]
PercutaneousTransluminalAngioplastyBalloon: _Final[_Code]
EmbolizationCoil: _Final[_Code]
DetachableBalloon: _Final[_Code]
GuidingCatheter: _Final[_Code]
EmbolizationParticulate: _Final[_Code]
RotationalAtherectomyDevice: _Final[_Code]
MeasuringRuler: _Final[_Code]
Sphere: _Final[_Code]
Phantom: _Final[_Code]
ACRAccreditationPhantomCT: _Final[_Code]
ACRAccreditationPhantomMR: _Final[_Code]
ACRAccreditationPhantomMammography: _Final[_Code]
ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_Code]
ACRAccreditationPhantomECT: _Final[_Code]
ACRAccreditationPhantomPET: _Final[_Code]
ACRAccreditationPhantomECTPET: _Final[_Code]
ACRAccreditationPhantomPETFaceplate: _Final[_Code]
IECHeadDosimetryPhantom: _Final[_Code]
IECBodyDosimetryPhantom: _Final[_Code]
NEMAXR212000Phantom: _Final[_Code]
_10cmDosimetryPhantom: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
