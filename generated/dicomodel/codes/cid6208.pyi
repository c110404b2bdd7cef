"""CID 6208 Colon Types of Quality Control Standard.

Extensible, version 20090402, UID 1.2.840.10008.6.1.795.

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
ACRPositionStatement: _Final[_groups.Cid6208Code]
InstitutionallyDefinedQualityControlStandard: _Final[_groups.Cid6208Code]
ACRGuidelinePerformanceOfAdultCTColonography: _Final[_groups.Cid6208Code]
ACRStandardCTMedicalPhysicsPerformanceMonitoring: _Final[_groups.Cid6208Code]
MEMBERS: _Final[tuple[_groups.Cid6208Code, ...]]
