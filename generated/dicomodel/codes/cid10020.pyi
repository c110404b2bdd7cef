"""CID 10020 Source of Projection X-Ray Dose Information.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1054.

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
AutomatedDataCollection: _Final[_groups.Cid10020Code]
ManualEntry: _Final[_groups.Cid10020Code]
MPPSContent: _Final[_groups.Cid10020Code]
Dosimeter: _Final[_groups.Cid10020Code]
CopiedFromImageAttributes: _Final[_groups.Cid10020Code]
ComputedFromImageAttributes: _Final[_groups.Cid10020Code]
DerivedFromHumanReadableReports: _Final[_groups.Cid10020Code]
SystemCalculated: _Final[_groups.Cid10020Code]
MEMBERS: _Final[tuple[_groups.Cid10020Code, ...]]
