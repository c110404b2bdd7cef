"""CID 4257 Visual Field Global Index Name.

Extensible, version 20100827, UID 1.2.840.10008.6.1.916.

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
VisualFieldIndex: _Final[_groups.Cid4257Code]
VisualFieldLossDueToDiffuseDefect: _Final[_groups.Cid4257Code]
VisualFieldLossDueToLocalDefect: _Final[_groups.Cid4257Code]
GlaucomaHemifieldTestAnalysis: _Final[_groups.Cid4257Code]
OpticalFixationMeasurements: _Final[_groups.Cid4257Code]
MEMBERS: _Final[tuple[_groups.Cid4257Code, ...]]
