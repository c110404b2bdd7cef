"""CID 6202 Colon Finding or Feature Modifier.

Extensible, version 20090402, UID 1.2.840.10008.6.1.789.
Includes CID 6203, CID 6204.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bullet: _Final[_groups.Cid6202Code]
Staple: _Final[_groups.Cid6202Code]
Suture: _Final[_groups.Cid6202Code]
ScarTissue: _Final[_groups.Cid6202Code]
Catheter: _Final[_groups.Cid6202Code]
ChestTube: _Final[_groups.Cid6202Code]
VenaCavaFilter: _Final[_groups.Cid6202Code]
Prosthesis: _Final[_groups.Cid6202Code]
JejunostomyTube: _Final[_groups.Cid6202Code]
KidneyStent: _Final[_groups.Cid6202Code]
UreteralStent: _Final[_groups.Cid6202Code]
PancreaticStent: _Final[_groups.Cid6202Code]
Jewelry: _Final[_groups.Cid6202Code]
Coin: _Final[_groups.Cid6202Code]
Pin: _Final[_groups.Cid6202Code]
Needle: _Final[_groups.Cid6202Code]
FiducialMark: _Final[_groups.Cid6202Code]
StomaAppliance: _Final[_groups.Cid6202Code]
ColostomyBag: _Final[_groups.Cid6202Code]
IleostomyBag: _Final[_groups.Cid6202Code]
UrostomyBag: _Final[_groups.Cid6202Code]
RectalTube: _Final[_groups.Cid6202Code]
UrethralCatheter: _Final[_groups.Cid6202Code]
Liver: _Final[_groups.Cid6202Code]
Spleen: _Final[_groups.Cid6202Code]
Kidney: _Final[_groups.Cid6202Code]
AdrenalGland: _Final[_groups.Cid6202Code]
Aorta: _Final[_groups.Cid6202Code]
InferiorVenaCava: _Final[_groups.Cid6202Code]
Lung: _Final[_groups.Cid6202Code]
Bone: _Final[_groups.Cid6202Code]
Testis: _Final[_groups.Cid6202Code]
Uterus: _Final[_groups.Cid6202Code]
Ovary: _Final[_groups.Cid6202Code]
Cervix: _Final[_groups.Cid6202Code]
Prostate: _Final[_groups.Cid6202Code]
SeminalVesicle: _Final[_groups.Cid6202Code]
Rectum: _Final[_groups.Cid6202Code]
Bladder: _Final[_groups.Cid6202Code]
Muscle: _Final[_groups.Cid6202Code]
BloodVessel: _Final[_groups.Cid6202Code]
Appendix: _Final[_groups.Cid6202Code]
AppendicealStump: _Final[_groups.Cid6202Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6202Code]]
