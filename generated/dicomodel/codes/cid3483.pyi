"""CID 3483 IVUS Longitudinal Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.118.

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
StentLength: _Final[_groups.Cid3483Code]
StenoticLesionLength: _Final[_groups.Cid3483Code]
CalciumLength: _Final[_groups.Cid3483Code]
StentGap: _Final[_groups.Cid3483Code]
MEMBERS: _Final[tuple[_groups.Cid3483Code, ...]]
