"""CID 6204 Anatomic Non-colon Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.791.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Liver: _Final[_groups.Cid6204Code]
Spleen: _Final[_groups.Cid6204Code]
Kidney: _Final[_groups.Cid6204Code]
AdrenalGland: _Final[_groups.Cid6204Code]
Aorta: _Final[_groups.Cid6204Code]
InferiorVenaCava: _Final[_groups.Cid6204Code]
Lung: _Final[_groups.Cid6204Code]
Bone: _Final[_groups.Cid6204Code]
Testis: _Final[_groups.Cid6204Code]
Uterus: _Final[_groups.Cid6204Code]
Ovary: _Final[_groups.Cid6204Code]
Cervix: _Final[_groups.Cid6204Code]
Prostate: _Final[_groups.Cid6204Code]
SeminalVesicle: _Final[_groups.Cid6204Code]
Rectum: _Final[_groups.Cid6204Code]
Bladder: _Final[_groups.Cid6204Code]
Muscle: _Final[_groups.Cid6204Code]
BloodVessel: _Final[_groups.Cid6204Code]
Appendix: _Final[_groups.Cid6204Code]
AppendicealStump: _Final[_groups.Cid6204Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6204Code]]
