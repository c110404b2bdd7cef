"""CID 3777 Implanted Device.

Extensible, version 20070827, UID 1.2.840.10008.6.1.263.

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
CardiacPacemaker: _Final[_groups.Cid3777Code]
ImplantableDefibrillator: _Final[_groups.Cid3777Code]
LeftVentricularAssistDevice: _Final[_groups.Cid3777Code]
InsulinPump: _Final[_groups.Cid3777Code]
MEMBERS: _Final[tuple[_groups.Cid3777Code, ...]]
