"""CID 4409 Skin Procedure.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1354.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CryotherapyToSkinLesion: _Final[_groups.Cid4409Code]
BiopsyOfSkin: _Final[_groups.Cid4409Code]
PhotodynamicTherapyOfSkin: _Final[_groups.Cid4409Code]
TopicalChemotherapyForMalignantNeoplasm: _Final[_groups.Cid4409Code]
ExcisionOfSkin: _Final[_groups.Cid4409Code]
LaserProcedureOnSkin: _Final[_groups.Cid4409Code]
RadiofrequencyAblation: _Final[_groups.Cid4409Code]
MEMBERS: _Final[tuple[_groups.Cid4409Code, ...]]
