"""CID 6104 Abnormal Opacity Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.424.

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
BeadedSeptumSign: _Final[_Code]
NodularPattern: _Final[_Code]
PrimaryComplex: _Final[_Code]
Pseudoplaque: _Final[_Code]
ReticulonodularPattern: _Final[_Code]
SignetRingSign: _Final[_Code]
AbnormalInterstitialPattern: _Final[_Code]
CoinLesion: _Final[_Code]
Density: _Final[_Code]
DependentOpacity: _Final[_Code]
GroundGlassOpacity: _Final[_Code]
Infiltrate: _Final[_Code]
Mass: _Final[_Code]
Micronodule: _Final[_Code]
Nodule: _Final[_Code]
Opacity: _Final[_Code]
PhantomTumor: _Final[_Code]
Shadow: _Final[_Code]
SmallIrregularOpacities: _Final[_Code]
SmallRoundedOpacities: _Final[_Code]
TreeInBudSign: _Final[_Code]
PulmonaryEmbolism: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
