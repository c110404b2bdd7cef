"""CID 10021 Source of CT Dose Information.

Extensible, version 20081028, UID 1.2.840.10008.6.1.1055.

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
AutomatedDataCollection: _Final[_groups.Cid10021Code]
ManualEntry: _Final[_groups.Cid10021Code]
CopiedFromImageAttributes: _Final[_groups.Cid10021Code]
ComputedFromImageAttributes: _Final[_groups.Cid10021Code]
DerivedFromHumanReadableReports: _Final[_groups.Cid10021Code]
MEMBERS: _Final[tuple[_groups.Cid10021Code, ...]]
