"""CID 10022 Label Type.

Extensible, version 20110816, UID 1.2.840.10008.6.1.935.

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
SeriesNumber: _Final[_groups.Cid10022Code]
AcquisitionNumber: _Final[_groups.Cid10022Code]
InstanceNumber: _Final[_groups.Cid10022Code]
MEMBERS: _Final[tuple[_groups.Cid10022Code, ...]]
