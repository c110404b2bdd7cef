"""CID 4204 Ophthalmic Filter.

Extensible, version 20110112, UID 1.2.840.10008.6.1.320.

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
GreenOpticalFilter: _Final[_groups.Cid4204Code]
RedOpticalFilter: _Final[_groups.Cid4204Code]
BlueOpticalFilter: _Final[_groups.Cid4204Code]
YellowGreenOpticalFilter: _Final[_groups.Cid4204Code]
BlueGreenOpticalFilter: _Final[_groups.Cid4204Code]
InfraredOpticalFilter: _Final[_groups.Cid4204Code]
PolarizingOpticalFilter: _Final[_groups.Cid4204Code]
NoFilter: _Final[_groups.Cid4204Code]
MEMBERS: _Final[tuple[_groups.Cid4204Code, ...]]
