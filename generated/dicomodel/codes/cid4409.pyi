"""CID 4409 Skin Procedure.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1354.

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
CryotherapyToSkinLesion: _Final[_Code]
BiopsyOfSkin: _Final[_Code]
PhotodynamicTherapyOfSkin: _Final[_Code]
TopicalChemotherapyForMalignantNeoplasm: _Final[_Code]
ExcisionOfSkin: _Final[_Code]
LaserProcedureOnSkin: _Final[_Code]
RadiofrequencyAblation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
