"""CID 7003 Diagnostic Imaging Report Purpose of Reference.

Extensible, version 20100604, UID 1.2.840.10008.6.1.484.

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
Baseline: _Final[_groups.Cid7003Code]
BestIllustrationOfFinding: _Final[_groups.Cid7003Code]
SourceOfMeasurement: _Final[_groups.Cid7003Code]
IllustrationOfROI: _Final[_groups.Cid7003Code]
MEMBERS: _Final[tuple[_groups.Cid7003Code, ...]]
