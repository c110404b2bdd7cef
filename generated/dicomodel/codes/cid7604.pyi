"""CID 7604 Intervertebral Disc.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1435.

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
C2C3Disc: _Final[_groups.Cid7604Code]
C3C4Disc: _Final[_groups.Cid7604Code]
C4C5Disc: _Final[_groups.Cid7604Code]
C5C6Disc: _Final[_groups.Cid7604Code]
C6C7Disc: _Final[_groups.Cid7604Code]
C7T1Disc: _Final[_groups.Cid7604Code]
T1T2Disc: _Final[_groups.Cid7604Code]
T2T3Disc: _Final[_groups.Cid7604Code]
T3T4Disc: _Final[_groups.Cid7604Code]
T4T5Disc: _Final[_groups.Cid7604Code]
T5T6Disc: _Final[_groups.Cid7604Code]
T6T7Disc: _Final[_groups.Cid7604Code]
T7T8Disc: _Final[_groups.Cid7604Code]
T8T9Disc: _Final[_groups.Cid7604Code]
T9T10Disc: _Final[_groups.Cid7604Code]
T10T11Disc: _Final[_groups.Cid7604Code]
T11T12Disc: _Final[_groups.Cid7604Code]
T12L1Disc: _Final[_groups.Cid7604Code]
L1L2Disc: _Final[_groups.Cid7604Code]
L2L3Disc: _Final[_groups.Cid7604Code]
L3L4Disc: _Final[_groups.Cid7604Code]
L4L5Disc: _Final[_groups.Cid7604Code]
L5S1Disc: _Final[_groups.Cid7604Code]
MEMBERS: _Final[tuple[_groups.Cid7604Code, ...]]
