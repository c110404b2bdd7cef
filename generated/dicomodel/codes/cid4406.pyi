"""CID 4406 Patient Reported Lesion Characteristic.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1351.

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
Itching: _Final[_groups.Cid4406Code]
Erythema: _Final[_groups.Cid4406Code]
SymptomHasChanged: _Final[_groups.Cid4406Code]
Peeling: _Final[_groups.Cid4406Code]
BleedingSkin: _Final[_groups.Cid4406Code]
PainfulSkin: _Final[_groups.Cid4406Code]
MEMBERS: _Final[tuple[_groups.Cid4406Code, ...]]
