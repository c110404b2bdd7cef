"""CID 9559 Robotic Delivery Device Dosimeter Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1310.

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
MonitorUnits: _Final[_groups.Cid9559Code]
MEMBERS: _Final[tuple[_groups.Cid9559Code, ...]]
