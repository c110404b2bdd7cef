"""CID 12253 Cardiac Ultrasound Area Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.834.

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
FlowArea: _Final[_groups.Cid12253Code]
Area: _Final[_groups.Cid12253Code]
JetArea: _Final[_groups.Cid12253Code]
MEMBERS: _Final[tuple[_groups.Cid12253Code, ...]]
