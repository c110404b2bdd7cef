"""CID 3758 Cardiovascular Family History.

Extensible, version 20111028, UID 1.2.840.10008.6.1.253.

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
FamilyHistoryOfCardiovascularDisease: _Final[_groups.Cid3758Code]
FamilyHistoryOfDiabetesMellitus: _Final[_groups.Cid3758Code]
FamilyHistoryOfMyocardialInfarction: _Final[_groups.Cid3758Code]
FamilyHistoryOfCoronaryArteriosclerosis: _Final[_groups.Cid3758Code]
NoFamilyHistoryOfDiabetes: _Final[_groups.Cid3758Code]
NoFamilyHistoryOfCardiovascularDisease: _Final[_groups.Cid3758Code]
FamilyHistoryUnknown: _Final[_groups.Cid3758Code]
MEMBERS: _Final[tuple[_groups.Cid3758Code, ...]]
