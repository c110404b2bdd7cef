"""CID 3491 IVUS Lesion Morphology.

Extensible, version 20040614, UID 1.2.840.10008.6.1.125.
Includes CID 3495.

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
SoftPlaque: _Final[_Code]
InStentNeointima: _Final[_Code]
ArterialTrueAneurysm: _Final[_Code]
PseudoAneurysm: _Final[_Code]
FalseLumen: _Final[_Code]
Concentric: _Final[_Code]
Eccentric: _Final[_Code]
PlaqueUlceration: _Final[_Code]
PlaqueRupture: _Final[_Code]
VulnerablePlaque: _Final[_Code]
ErodedPlaque: _Final[_Code]
FibrousPlaque: _Final[_Code]
VascularCalcification: _Final[_Code]
Thrombus: _Final[_Code]
FibroLipidicPlaque: _Final[_Code]
NecroticLipidicPlaque: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
