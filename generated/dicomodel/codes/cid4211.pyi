"""CID 4211 Ophthalmic OCT Anatomic Structure Imaged.

Extensible, version 20071016, UID 1.2.840.10008.6.1.327.

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
ChoroidOfEye: _Final[_Code]
CiliaryBody: _Final[_Code]
Conjunctiva: _Final[_Code]
Cornea: _Final[_Code]
Iris: _Final[_Code]
Lens: _Final[_Code]
OpticNerveHead: _Final[_Code]
Retina: _Final[_Code]
Sclera: _Final[_Code]
Vitreous: _Final[_Code]
CornealEpithelium: _Final[_Code]
CornealEndothelium: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
