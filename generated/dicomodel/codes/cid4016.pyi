"""CID 4016 Anatomic Region for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.300.

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
JawRegion: _Final[_groups.Cid4016Code]
Maxilla: _Final[_groups.Cid4016Code]
Mandible: _Final[_groups.Cid4016Code]
TeethGumsAndSupportingStructures: _Final[_groups.Cid4016Code]
MEMBERS: _Final[tuple[_groups.Cid4016Code, ...]]
