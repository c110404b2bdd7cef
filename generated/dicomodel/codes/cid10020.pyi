"""CID 10020 Source of Projection X-Ray Dose Information.

Extensible, version 20120406, UID 1.2.840.10008.6.1.1054.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AutomatedDataCollection: _Final[_Code]
ManualEntry: _Final[_Code]
MPPSContent: _Final[_Code]
Dosimeter: _Final[_Code]
CopiedFromImageAttributes: _Final[_Code]
ComputedFromImageAttributes: _Final[_Code]
DerivedFromHumanReadableReports: _Final[_Code]
SystemCalculated: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
