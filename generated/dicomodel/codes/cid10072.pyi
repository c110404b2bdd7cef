"""CID 10072 Reported Value Type.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1362.
Includes CID 3488.

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
Yes: _Final[_groups.Cid10072Code]
Median: _Final[_groups.Cid10072Code]
Mode: _Final[_groups.Cid10072Code]
Nominal: _Final[_groups.Cid10072Code]
Maximum: _Final[_groups.Cid10072Code]
Minimum: _Final[_groups.Cid10072Code]
Mean: _Final[_groups.Cid10072Code]
MEMBERS: _Final[tuple[_groups.Cid10072Code, ...]]
