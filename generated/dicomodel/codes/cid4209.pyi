"""CID 4209 Ophthalmic Anatomic Structure Imaged.

Extensible, version 20040921, UID 1.2.840.10008.6.1.325.

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
AnteriorChamberOfEye: _Final[_Code]
BothEyes: _Final[_Code]
ChoroidOfEye: _Final[_Code]
CiliaryBody: _Final[_Code]
Conjunctiva: _Final[_Code]
Cornea: _Final[_Code]
Eye: _Final[_Code]
Eyelid: _Final[_Code]
FoveaCentralis: _Final[_Code]
Iris: _Final[_Code]
LacrimalCaruncle: _Final[_Code]
LacrimalGland: _Final[_Code]
LacrimalSac: _Final[_Code]
Lens: _Final[_Code]
LowerEyelid: _Final[_Code]
OphthalmicArtery: _Final[_Code]
OpticNerveHead: _Final[_Code]
Retina: _Final[_Code]
Sclera: _Final[_Code]
UpperEyelid: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
