"""CID 6204 Anatomic Non-colon Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.791.

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
