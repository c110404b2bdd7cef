"""CID 6202 Colon Finding or Feature Modifier.

Extensible, version 20090402, UID 1.2.840.10008.6.1.789.
Includes CID 6203, CID 6204.

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
Bullet: _Final[_Code]
Staple: _Final[_Code]
Suture: _Final[_Code]
ScarTissue: _Final[_Code]
Catheter: _Final[_Code]
ChestTube: _Final[_Code]
VenaCavaFilter: _Final[_Code]
Prosthesis: _Final[_Code]
JejunostomyTube: _Final[_Code]
KidneyStent: _Final[_Code]
UreteralStent: _Final[_Code]
PancreaticStent: _Final[_Code]
Jewelry: _Final[_Code]
Coin: _Final[_Code]
Pin: _Final[_Code]
Needle: _Final[_Code]
FiducialMark: _Final[_Code]
StomaAppliance: _Final[_Code]
ColostomyBag: _Final[_Code]
IleostomyBag: _Final[_Code]
UrostomyBag: _Final[_Code]
RectalTube: _Final[_Code]
UrethralCatheter: _Final[_Code]
Liver: _Final[_Code]
Spleen: _Final[_Code]
Kidney: _Final[_Code]
AdrenalGland: _Final[_Code]
Aorta: _Final[_Code]
InferiorVenaCava: _Final[_Code]
Lung: _Final[_Code]
Bone: _Final[_Code]
Testis: _Final[_Code]
Uterus: _Final[_Code]
Ovary: _Final[_Code]
Cervix: _Final[_Code]
Prostate: _Final[_Code]
SeminalVesicle: _Final[_Code]
Rectum: _Final[_Code]
Bladder: _Final[_Code]
Muscle: _Final[_Code]
BloodVessel: _Final[_Code]
Appendix: _Final[_Code]
AppendicealStump: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
