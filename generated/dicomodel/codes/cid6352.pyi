"""CID 6352 Prostate Cancer Diagnostic Blood Lab Measurement.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1409.

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
ProstateCancerAntigen: _Final[_groups.Cid6352Code]
ProstateSpecificAntigenDensity: _Final[_groups.Cid6352Code]
_4kscore: _Final[_groups.Cid6352Code]
MEMBERS: _Final[tuple[_groups.Cid6352Code, ...]]
