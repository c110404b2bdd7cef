"""CID 7210 Related Series Purpose of Reference.

Extensible, version 20140627, UID 1.2.840.10008.6.1.512.

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
SimultaneouslyAcquired: _Final[_groups.Cid7210Code]
SameAnatomy: _Final[_groups.Cid7210Code]
SameIndication: _Final[_groups.Cid7210Code]
ForAttenuationCorrection: _Final[_groups.Cid7210Code]
SourceSeriesForImageProcessingOperation: _Final[_groups.Cid7210Code]
MEMBERS: _Final[tuple[_groups.Cid7210Code, ...]]
