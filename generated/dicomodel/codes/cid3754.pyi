"""CID 3754 Vascular Complication.

Extensible, version 20180325, UID 1.2.840.10008.6.1.249.

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
Bleeding: _Final[_groups.Cid3754Code]
OcclusionOfArtery: _Final[_groups.Cid3754Code]
LossOfDistalPulse: _Final[_groups.Cid3754Code]
ArterialDissection: _Final[_groups.Cid3754Code]
Pseudoaneurysm: _Final[_groups.Cid3754Code]
AVFistula: _Final[_groups.Cid3754Code]
MEMBERS: _Final[tuple[_groups.Cid3754Code, ...]]
