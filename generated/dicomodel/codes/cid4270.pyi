"""CID 4270 OCT-A Processing Algorithm Family.

Extensible, version 20181110, UID 1.2.840.10008.6.1.1150.

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
OCTAAmplitudeDecorrelation: _Final[_groups.Cid4270Code]
OCTAComplexVariance: _Final[_groups.Cid4270Code]
OCTASpeckleVariance: _Final[_groups.Cid4270Code]
OCTACorrelationMapping: _Final[_groups.Cid4270Code]
DopplerOCTA: _Final[_groups.Cid4270Code]
OCTAOneSidedRatio_128304: _Final[_groups.Cid4270Code]
OCTAOneSidedRatio_128305: _Final[_groups.Cid4270Code]
MEMBERS: _Final[tuple[_groups.Cid4270Code, ...]]
